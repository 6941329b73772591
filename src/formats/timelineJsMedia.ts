// A TimelineJS media item ({url, caption, credit, alt, title, thumbnail, link}) to Newsline media and
// back. Newsline shows one kind of media itself: an image with alt text. Everything else a
// TimelineJS slide can hold (an image with no alt text, YouTube, a tweet, a map…) is kept as a
// link the reader opens in a new tab, with its TimelineJS type recorded, and named in the import
// notes: never dropped, never framed.
import type { Media } from '../schema/dataset';
import { isHttpUrl } from '../schema/httpUrl';
import { htmlToPlainText, plainTextToInlineHtml } from './plainText';

const MAX_SHORT = 300;

/** TimelineJS's media fields as they arrive (every one optional, none trusted). */
export interface TimelineJsMedia {
  [field: string]: unknown;
  url?: string | undefined;
  caption?: string | undefined;
  credit?: string | undefined;
  alt?: string | undefined;
  title?: string | undefined;
  thumbnail?: string | undefined;
  link?: string | undefined;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp)(?:[?#].*)?$/i;

/** The kinds of media TimelineJS recognises by address, as its media types name them. */
const KNOWN_HOSTS: readonly [RegExp, string][] = [
  [/(^|\.)(youtube\.com|youtu\.be)$/, 'youtube'],
  [/(^|\.)vimeo\.com$/, 'vimeo'],
  [/(^|\.)dailymotion\.com$/, 'dailymotion'],
  [/(^|\.)(twitter\.com|x\.com)$/, 'twitter'],
  [/(^|\.)instagram\.com$/, 'instagram'],
  [/(^|\.)flickr\.com$/, 'flickr'],
  [/(^|\.)soundcloud\.com$/, 'soundcloud'],
  [/(^|\.)spotify\.com$/, 'spotify'],
  [/(^|\.)wikipedia\.org$/, 'wikipedia'],
  [/(^|\.)documentcloud\.org$/, 'documentcloud'],
  [/^(www\.)?google\.[a-z.]+$/, 'google maps'],
];

/** What TimelineJS would make of an address: "image", a service's name, or "link". */
export function mediaType(url: string): string {
  const { hostname, pathname } = new URL(url);
  if (IMAGE_FILE.test(pathname)) return 'image';
  const known = KNOWN_HOSTS.find(([host]) => host.test(hostname));
  if (known && (known[1] !== 'google maps' || pathname.startsWith('/maps'))) return known[1];
  return 'link';
}

export interface MediaReading {
  media: Media | null;
  /** Why the item is kept as a link and not shown as a picture. */
  keptAsLink?: string;
  /** Why the item could not be kept at all. */
  problem?: string;
}

/**
 * A TimelineJS media item as Newsline media, or nothing when it has no address. `keptAsLink` says
 * why an item is a link and not a picture; `problem` why it could not be kept at all.
 */
export function mediaFromTimelineJs(raw: TimelineJsMedia | undefined): MediaReading {
  const url = raw?.url?.trim();
  if (!raw || !url) return { media: null };
  // TimelineJS allows an address without its scheme ("//cdn.example/a.jpg"): it loads over https.
  const address = url.startsWith('//') ? `https:${url}` : url;
  if (!isHttpUrl(address) || address.length > 2_000) {
    return { media: null, problem: `its media "${url.slice(0, 60)}" is not an http(s) address (not kept)` };
  }
  const text = (html: string | undefined) => {
    const plain = html ? htmlToPlainText(html).replace(/\s+/g, ' ').trim() : '';
    return plain ? plain.slice(0, MAX_SHORT) : undefined;
  };
  // Alt text and a title are attributes in TimelineJS, plain text; caption and credit are HTML.
  const attribute = (value: string | undefined) => {
    const plain = value?.replace(/\s+/g, ' ').trim();
    return plain ? plain.slice(0, MAX_SHORT) : undefined;
  };
  const caption = text(raw.caption);
  const credit = text(raw.credit);
  const alt = attribute(raw.alt);
  const words = { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
  const type = mediaType(address);
  if (type === 'image' && alt) return { media: { kind: 'image', url: address, alt, ...words } };
  const label = attribute(raw.title);
  return {
    // A plain web page needs no type: Newsline's own links carry none, and come back without one.
    media: {
      kind: 'link',
      url: address,
      ...(type === 'link' ? {} : { type }),
      ...(label ? { label } : {}),
      ...words,
    },
    keptAsLink:
      type === 'image'
        ? 'an image without alt text'
        : type === 'link'
          ? 'a web page'
          : `a ${type} media item`,
  };
}

/** Newsline media as a TimelineJS media item: its caption and credit as TimelineJS's HTML. */
export function mediaToTimelineJs(media: Media): TimelineJsMedia {
  return {
    url: media.url,
    ...(media.caption ? { caption: plainTextToInlineHtml(media.caption) } : {}),
    ...(media.credit ? { credit: plainTextToInlineHtml(media.credit) } : {}),
    ...(media.kind === 'image' ? { alt: media.alt } : {}),
    ...(media.kind === 'link' && media.label ? { title: media.label } : {}),
  };
}
