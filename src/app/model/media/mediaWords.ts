// The words around a media item that are not in the data: a link's label when it has none, the
// host it goes to, and the one line of credits the list and print views show.
import type { Media } from '../../../schema/dataset';
import { safeUrl } from '../url/safeUrl';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  image: 'the image',
  youtube: 'the video on YouTube',
  vimeo: 'the video on Vimeo',
  dailymotion: 'the video on Dailymotion',
  twitter: 'the post on X (Twitter)',
  instagram: 'the post on Instagram',
  flickr: 'the photo on Flickr',
  soundcloud: 'the audio on SoundCloud',
  spotify: 'the audio on Spotify',
  wikipedia: 'the Wikipedia article',
  documentcloud: 'the document',
  'google maps': 'the map',
};

/** What a link says: its own label, or what it opens ("Open the video on YouTube"). */
export function linkLabel(media: Extract<Media, { kind: 'link' }>): string {
  if (media.label) return media.label;
  const what = media.type ? TYPE_NAMES[media.type] : undefined;
  return `Open ${what ?? 'the link'}`;
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
  return /^(photo|image|video|picture|credit|source|©|\(c\))/i.test(credit) ? credit : `Credit: ${credit}`;
}
