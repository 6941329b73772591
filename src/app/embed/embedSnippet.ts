// Builds the iframe snippet a newsroom pastes into its page, for the current view.

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
  listView?: boolean;
}

/** The sandbox the embed needs: its own scripts and same-origin data, links that open new tabs. */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

export function embedUrl(options: EmbedSnippetOptions): string {
  const url = new URL(options.appUrl);
  url.search = '';
  url.hash = '';
  url.searchParams.set('embed', '1');
  if (options.dataUrl) url.searchParams.set('data', options.dataUrl);
  if (options.eventId) url.searchParams.set('event', options.eventId);
  if (options.actorIds.length > 0) url.searchParams.set('actors', options.actorIds.join(','));
  if (options.query && options.query.trim() !== '') url.searchParams.set('q', options.query);
  if (options.listView) url.searchParams.set('view', 'list');
  if (options.window) {
    url.searchParams.set('start', isoDay(options.window.start));
    url.searchParams.set('end', isoDay(options.window.end));
  }
  if (options.parentOrigin) url.searchParams.set('parentOrigin', options.parentOrigin);
  return url.href.replace(/%2C/gi, ',');
}

export function embedSnippet(options: EmbedSnippetOptions): string {
  const attributes: [string, string][] = [
    ['src', embedUrl(options)],
    ['title', `Timeline: ${options.title}`],
    ['width', options.width === '100%' ? '100%' : String(options.width)],
    ['height', String(options.height)],
    ['loading', 'lazy'],
    ['sandbox', EMBED_SANDBOX],
    ['referrerpolicy', 'strict-origin-when-cross-origin'],
    ['style', 'border: 0; max-width: 100%;'],
  ];
  return `<iframe ${attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')}></iframe>`;
}

function isoDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
