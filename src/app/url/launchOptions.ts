// How the page was opened: embed mode, another dataset, an initial window, a theme and the origin
// of the page embedding it. Every value is untrusted: an invalid one is ignored with a notice.
import { partialDateInterval } from '../../schema/partialDate';
import { isHttpOrigin } from '../model/url/safeUrl';
import {
  allowedWords,
  DATE_SHAPES,
  ignoredNotice,
  parameterWords,
  partialDateProblem,
} from '../model/url/linkNotice';

export interface LaunchOptions {
  embed: boolean;
  /** An absolute http(s) URL of a dataset, or null for the built-in one. */
  dataUrl: string | null;
  window: { start: number; end: number } | null;
  /** The window as the link wrote it ("start=2021 and end=2022"), to name it in a notice. */
  windowWords: string | null;
  theme: 'light' | 'dark' | null;
  /** Which way the timeline runs, if the link asks; otherwise the frame's width decides. */
  layout: 'horizontal' | 'vertical' | null;
  /** The only origin allowed to send messages to, and receive messages from, the embedded timeline. */
  parentOrigin: string | null;
}

export interface ParsedLaunchOptions {
  options: LaunchOptions;
  notices: string[];
}

const MAX_URL_LENGTH = 2_000;
const EMBED_VALUES = ['1', 'true', '0', 'false'];
const THEMES = ['light', 'dark'] as const;
const LAYOUTS = ['horizontal', 'vertical'] as const;

export function parseLaunchOptions(search: string, pageUrl: string): ParsedLaunchOptions {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const ignore = (name: string, value: string, why: string) =>
    notices.push(ignoredNotice(parameterWords(name, value), why));

  const embedValue = params.get('embed');
  const embed = embedValue === '1' || embedValue === 'true';
  if (embedValue !== null && !EMBED_VALUES.includes(embedValue))
    ignore('embed', embedValue, `embed can be ${allowedWords(EMBED_VALUES)}`);

  let dataUrl: string | null = null;
  const data = params.get('data');
  if (data !== null) {
    const url = httpUrl(data, pageUrl);
    if (url) dataUrl = url;
    else ignore('data', data, 'data must be the http(s) address of a dataset');
  }

  const { window, windowWords, notice } = parseWindow(params.get('start'), params.get('end'));
  if (notice !== null) notices.push(notice);

  const themeValue = params.get('theme');
  const theme = THEMES.find((value) => value === themeValue) ?? null;
  if (themeValue !== null && theme === null)
    ignore('theme', themeValue, `theme can be ${allowedWords(THEMES)}`);

  const layoutValue = params.get('layout');
  const layout = LAYOUTS.find((value) => value === layoutValue) ?? null;
  if (layoutValue !== null && layout === null)
    ignore('layout', layoutValue, `layout can be ${allowedWords(LAYOUTS)}`);

  let parentOrigin: string | null = null;
  const origin = params.get('parentOrigin');
  if (origin !== null) {
    if (isHttpOrigin(origin)) parentOrigin = origin;
    else ignore('parentOrigin', origin, 'parentOrigin must be an origin such as https://news.example.org');
  }

  return { options: { embed, dataUrl, window, windowWords, theme, layout, parentOrigin }, notices };
}

/** The window of `start` and `end`, which go together; a notice names both when either is wrong. */
function parseWindow(
  start: string | null,
  end: string | null,
): Pick<LaunchOptions, 'window' | 'windowWords'> & { notice: string | null } {
  const none = { window: null, windowWords: null };
  if (start === null && end === null) return { ...none, notice: null };
  if (start === null || end === null) {
    const [given, missing] = start === null ? ['end', 'start'] : ['start', 'end'];
    const words = parameterWords(given, (start ?? end)!);
    return { ...none, notice: ignoredNotice(words, `${missing} is missing, and start and end go together`) };
  }
  const words = `${parameterWords('start', start)} and ${parameterWords('end', end)}`;
  const problems = [
    ...[partialDateProblem(start)].filter((p) => p !== null).map((p) => `start ${p}`),
    ...[partialDateProblem(end)].filter((p) => p !== null).map((p) => `end ${p}`),
  ];
  if (problems.length > 0)
    return { ...none, notice: ignoredNotice(words, `${problems.join(' and ')} (${DATE_SHAPES})`) };
  const from = partialDateInterval(start).start;
  const to = partialDateInterval(end).end;
  if (from >= to) return { ...none, notice: ignoredNotice(words, 'end must come after start') };
  return { window: { start: from, end: to }, windowWords: words, notice: null };
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
