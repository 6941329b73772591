// Builds the iframe snippet a newsroom pastes into its page: Embed's for the view on show, and
// Publish's for a timeline carried in its link or a static copy of the site.
import { encodeEmbedLink } from './linkCodec';
import type { LaneMode } from '../lanes/timelineLanes';
import { t } from '../i18n/intl';
import type { Language } from '../i18n/locales';

export interface EmbedSnippetOptions {
  /** The app's address without query, e.g. https://newsline.example/ */
  appUrl: string;
  title: string;
  eventId: string | null;
  actorIds: readonly string[];
  window: { start: number; end: number } | null;
  /** CSS width: a number of pixels or "100%". */
  width: number | '100%';
  height: number;
  /** The embedding site's origin, which may then control the timeline with postMessage. */
  parentOrigin: string | null;
  /** Search words, or empty. */
  query?: string;
  /** The address of a dataset other than the built-in one, for the `data` parameter. */
  dataUrl?: string | null;
  /** The address of a tiles manifest, for the `tiles` parameter (instead of `data`). */
  tilesUrl?: string | null;
  listView?: boolean;
  /** The embed tells the timeline as a story, one slide per event (`mode=story`). */
  story?: boolean;
  /** Lanes per actor or per kind of actor; none (one line) when left out. */
  lanes?: LaneMode;
  /** A timeline the embed carries in its own address (`#dataset=…`). */
  fragment?: string | null;
  /** The language the embed speaks (`lang`); left out, it follows its reader's browser. */
  language?: Language;
}

/** The sandbox the embed needs: its own scripts and same-origin data, links that open new tabs. */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** The iframe's address: the view it opens with, through the app's one link codec. */
export function embedUrl(options: EmbedSnippetOptions): string {
  return encodeEmbedLink(options.appUrl, {
    view: {
      eventId: options.eventId,
      actorIds: [...options.actorIds],
      query: options.query ?? '',
      view: options.listView ? 'list' : 'timeline',
      mode: options.story ? 'story' : 'timeline',
      lanes: options.lanes ?? 'none',
    },
    dataUrl: options.dataUrl ?? null,
    tilesUrl: options.tilesUrl ?? null,
    window: options.window,
    parentOrigin: options.parentOrigin,
    fragment: options.fragment ?? null,
    ...(options.language ? { language: options.language } : {}),
  });
}

export function embedSnippet(options: EmbedSnippetOptions): string {
  const attributes: [string, string][] = [
    ['src', embedUrl(options)],
    ['title', t('share.frameTitle', { title: options.title })],
    ['width', options.width === '100%' ? '100%' : String(options.width)],
    ['height', String(options.height)],
    ['loading', 'lazy'],
    ['sandbox', EMBED_SANDBOX],
    ['referrerpolicy', 'strict-origin-when-cross-origin'],
    ['style', 'border: 0; max-width: 100%;'],
  ];
  return `<iframe ${attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')}></iframe>`;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Below this width or height, in pixels, the Embed dialog offers Story unless the editor picks otherwise. */
export const DEFAULT_STORY_BELOW_PX = 600;

/**
 * The mode the Embed dialog offers first for a frame: a story, one event at a time, when the frame is
 * narrower or shorter than `storyBelowPx` (a whole timeline does not read well in a small box); a
 * full-width frame is as wide as the page it sits in, so only its height counts.
 */
export function suggestedEmbedMode(
  frame: { width: number | '100%'; height: number },
  storyBelowPx: number,
): 'timeline' | 'story' {
  const narrow = frame.width !== '100%' && frame.width < storyBelowPx;
  return narrow || frame.height < storyBelowPx ? 'story' : 'timeline';
}
