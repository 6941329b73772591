// How the page was opened: embed mode, another dataset, an initial window, a theme and the origin
// of the page embedding it. Every value is untrusted: an invalid one is ignored with a notice.
import { isPartialDate, partialDateInterval } from '../../schema/partialDate';
import { isHttpOrigin } from '../domain/safeUrl';

export interface LaunchOptions {
  embed: boolean;
  /** An absolute http(s) URL of a dataset, or null for the built-in one. */
  dataUrl: string | null;
  window: { start: number; end: number } | null;
  theme: 'light' | 'dark' | null;
  /** The only origin allowed to send messages to, and receive messages from, the embedded timeline. */
  parentOrigin: string | null;
}

export interface ParsedLaunchOptions {
  options: LaunchOptions;
  notices: string[];
}

const MAX_URL_LENGTH = 2_000;

export function parseLaunchOptions(search: string, pageUrl: string): ParsedLaunchOptions {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const ignore = (name: string, why: string) => notices.push(`Ignored the “${name}” parameter: ${why}.`);

  const embedValue = params.get('embed');
  const embed = embedValue === '1' || embedValue === 'true';
  if (embedValue !== null && !embed && embedValue !== '0' && embedValue !== 'false')
    ignore('embed', 'use embed=1');

  let dataUrl: string | null = null;
  const data = params.get('data');
  if (data !== null) {
    const url = httpUrl(data, pageUrl);
    if (url) dataUrl = url;
    else ignore('data', 'it must be an http(s) URL of a dataset');
  }

  let window: LaunchOptions['window'] = null;
  const start = params.get('start');
  const end = params.get('end');
  if (start !== null || end !== null) {
    if (start === null || end === null) ignore(start === null ? 'end' : 'start', 'start and end go together');
    else if (!isPartialDate(start) || !isPartialDate(end))
      ignore('start', 'start and end must be dates like 2021, 2025-03 or 2025-03-28');
    else {
      const from = partialDateInterval(start).start;
      const to = partialDateInterval(end).end;
      if (from < to) window = { start: from, end: to };
      else ignore('end', 'it must come after start');
    }
  }

  const themeValue = params.get('theme');
  const theme = themeValue === 'light' || themeValue === 'dark' ? themeValue : null;
  if (themeValue !== null && theme === null) ignore('theme', 'use light or dark');

  let parentOrigin: string | null = null;
  const origin = params.get('parentOrigin');
  if (origin !== null) {
    if (isHttpOrigin(origin)) parentOrigin = origin;
    else ignore('parentOrigin', 'it must be an origin such as https://news.example.org');
  }

  return { options: { embed, dataUrl, window, theme, parentOrigin }, notices };
}

function httpUrl(value: string, base: string): string | null {
  if (value.length > MAX_URL_LENGTH) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
