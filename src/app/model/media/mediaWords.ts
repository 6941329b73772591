// The words around a media item that are not in the data: a link's label when it has none, the
// host it goes to, and the one line of credits the list and print views show, in the interface's language.
import type { Media } from '../../../schema/dataset';
import { safeUrl } from '../url/safeUrl';
import { t } from '../i18n/intl';

/** The kinds of link whose label says what they open (the keys of `timeline.openMedia`). */
const LINK_TYPES: ReadonlySet<string> = new Set([
  'image',
  'youtube',
  'vimeo',
  'dailymotion',
  'twitter',
  'instagram',
  'flickr',
  'soundcloud',
  'spotify',
  'wikipedia',
  'documentcloud',
  'google maps',
]);

/** What a link says: its own label, or what it opens ("Open the video on YouTube"). */
export function linkLabel(media: Extract<Media, { kind: 'link' }>): string {
  if (media.label) return media.label;
  // An ICU choice is one word: "google maps" is google_maps; a type we do not know is "the link".
  const type = media.type && LINK_TYPES.has(media.type) ? media.type.replace(' ', '_') : 'other';
  return t('timeline.openMedia', { type });
}

/** The host a link goes to, shown beside it ("video.example.net"); null if it is not http(s). */
export function mediaHost(url: string): string | null {
  const safe = safeUrl(url);
  return safe === null ? null : new URL(safe).host.replace(/^www\./, '');
}

/** Caption and credit as one line of text ("Launch day. Photo: Ada Quill"), or null. */
export function mediaCreditLine(media: Media): string | null {
  const parts = [media.caption, media.credit ? creditWords(media.credit) : undefined].filter(
    (part): part is string => part !== undefined,
  );
  return parts.length > 0 ? parts.join(' — ') : null;
}

/** A credit as readers expect it: "Photo: …" unless it already says whose it is. */
export function creditWords(credit: string): string {
  return /^(photo|image|video|picture|credit|source|©|\(c\))/i.test(credit)
    ? credit
    : t('timeline.credit', { credit });
}
