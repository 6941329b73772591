// The one codec of Newsline's links: every parameter a link may carry, how each is read from
// untrusted text (an invalid value is ignored with a notice that names it) and how each is
// written back. The address bar, the embed code and the embed's "Open full timeline" link all
// read and write links here, so a parameter's name and rules live in one place.
import { isId } from '../../../schema/id';
import { partialDateInterval } from '../../../schema/partialDate';
import { MAX_QUERY_LENGTH } from '../search/searchQuery';
import { allowedWords, ignoredNotice, parameterWords, partialDateProblem, twoParameters } from './linkNotice';
import { formatList, t } from '../i18n/intl';
import { isHttpOrigin } from './safeUrl';
import { datasetFragmentOf } from './datasetFragment';
import { LANE_MODES, type LaneMode } from '../lanes/timelineLanes';
import type { Language } from '../i18n/locales';

/** What the reader is looking at: it changes as they read, and the address bar follows. */
export interface LinkView {
  eventId: string | null;
  actorIds: string[];
  /** Search words; empty for none. */
  query: string;
  view: 'timeline' | 'list';
  /** The timeline across the page, or one event at a time as a story (its slide is `eventId`). */
  mode: 'timeline' | 'story';
  /** The timeline in one line ("none"), or a lane per actor or per kind of actor. */
  lanes: LaneMode;
}

/** How the page was opened: read once, when the app starts. */
export interface LaunchOptions {
  embed: boolean;
  /** An absolute http(s) URL of a dataset, or null for the built-in one. */
  dataUrl: string | null;
  /** An absolute http(s) URL of a time tiles manifest (`npm run tiles`): read instead of a dataset. */
  tilesUrl: string | null;
  window: { start: number; end: number } | null;
  /** The window as the link wrote it ("start=2021 and end=2022"), to name it in a notice. */
  windowWords: string | null;
  theme: 'light' | 'dark' | null;
  /** Which way the timeline runs, if the link asks; otherwise the frame's width decides. */
  layout: 'horizontal' | 'vertical' | null;
  /** The only origin allowed to send messages to, and receive messages from, the embedded timeline. */
  parentOrigin: string | null;
  /** A timeline kept in this browser, opened for editing (never in an embed: embeds are read-only). */
  editId: string | null;
  /** A timeline the link carries itself, in its fragment (`#dataset=`): still to be unpacked and checked. */
  datasetFragment: string | null;
}

/** The parameters' names, as links spell them. */
const PARAMETER = {
  event: 'event',
  actors: 'actors',
  query: 'q',
  view: 'view',
  mode: 'mode',
  lanes: 'lanes',
  embed: 'embed',
  data: 'data',
  tiles: 'tiles',
  start: 'start',
  end: 'end',
  theme: 'theme',
  layout: 'layout',
  parentOrigin: 'parentOrigin',
  edit: 'edit',
} as const;

const MAX_ACTORS = 100;
const MAX_URL_LENGTH = 2_000;
const VIEWS = ['timeline', 'list'] as const;
const MODES = ['timeline', 'story'] as const;
const EMBED_VALUES = ['1', 'true', '0', 'false'];
const THEMES = ['light', 'dark'] as const;
const LAYOUTS = ['horizontal', 'vertical'] as const;

/** "view can be timeline or list": the values a parameter allows. */
function canBe(name: string, values: readonly string[]): string {
  return t('shell.link.canBe', { name, values: allowedWords(values) });
}

/** Reads the view from a query string; values that are not valid ids are ignored, never trusted. */
export function decodeView(search: string): LinkView & { notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const ignore = (name: string, value: string, why: string) =>
    notices.push(ignoredNotice(parameterWords(name, value), why));

  const eventParam = params.get(PARAMETER.event);
  const eventId = eventParam !== null && isId(eventParam) ? eventParam : null;
  if (eventParam !== null && eventId === null) ignore(PARAMETER.event, eventParam, t('shell.link.eventId'));

  const requested = [...new Set((params.get(PARAMETER.actors) ?? '').split(',').filter((id) => id !== ''))];
  const actorIds = requested.slice(0, MAX_ACTORS).filter(isId);
  const refused = requested.filter((id) => !isId(id));
  if (refused.length > 0) ignore(PARAMETER.actors, refused.join(','), t('shell.link.actorIds'));
  if (requested.length > MAX_ACTORS)
    ignore(
      PARAMETER.actors,
      requested.slice(MAX_ACTORS).join(','),
      t('shell.link.tooManyActors', { count: MAX_ACTORS }),
    );

  const query = (params.get(PARAMETER.query) ?? '').slice(0, MAX_QUERY_LENGTH);

  const viewParam = params.get(PARAMETER.view);
  const view = VIEWS.find((value) => value === viewParam) ?? 'timeline';
  if (viewParam !== null && view !== viewParam)
    ignore(PARAMETER.view, viewParam, canBe(PARAMETER.view, VIEWS));

  const modeParam = params.get(PARAMETER.mode);
  const mode = MODES.find((value) => value === modeParam) ?? 'timeline';
  if (modeParam !== null && mode !== modeParam)
    ignore(PARAMETER.mode, modeParam, canBe(PARAMETER.mode, MODES));

  const lanesParam = params.get(PARAMETER.lanes);
  // Written only when there are lanes; `lanes=none` is read, as the same one line.
  const lanes = LANE_MODES.find((value) => value === lanesParam) ?? 'none';
  if (lanesParam !== null && lanes !== lanesParam)
    ignore(PARAMETER.lanes, lanesParam, canBe(PARAMETER.lanes, LANE_MODES));

  return { eventId, actorIds, query, view, mode, lanes, notices };
}

/** Reads how the page was opened; `pageUrl` resolves a relative `data` address. */
export function decodeLaunch(search: string, pageUrl: string): { options: LaunchOptions; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const ignore = (name: string, value: string, why: string) =>
    notices.push(ignoredNotice(parameterWords(name, value), why));

  const embedValue = params.get(PARAMETER.embed);
  const embed = embedValue === '1' || embedValue === 'true';
  if (embedValue !== null && !EMBED_VALUES.includes(embedValue))
    ignore(PARAMETER.embed, embedValue, canBe(PARAMETER.embed, EMBED_VALUES));

  let dataUrl: string | null = null;
  const data = params.get(PARAMETER.data);
  if (data !== null) {
    dataUrl = httpUrl(data, pageUrl);
    if (dataUrl === null) ignore(PARAMETER.data, data, t('shell.link.dataAddress'));
  }
  let tilesUrl: string | null = null;
  const tiles = params.get(PARAMETER.tiles);
  if (tiles !== null) {
    tilesUrl = httpUrl(tiles, pageUrl);
    if (tilesUrl === null) ignore(PARAMETER.tiles, tiles, t('shell.link.tilesAddress'));
    else if (dataUrl !== null) {
      ignore(PARAMETER.data, data ?? '', t('shell.link.tilesAndData'));
      dataUrl = null;
    }
  }

  const { window, windowWords, notice } = decodeWindow(
    params.get(PARAMETER.start),
    params.get(PARAMETER.end),
  );
  if (notice !== null) notices.push(notice);

  const themeValue = params.get(PARAMETER.theme);
  const theme = THEMES.find((value) => value === themeValue) ?? null;
  if (themeValue !== null && theme === null)
    ignore(PARAMETER.theme, themeValue, canBe(PARAMETER.theme, THEMES));

  const layoutValue = params.get(PARAMETER.layout);
  const layout = LAYOUTS.find((value) => value === layoutValue) ?? null;
  if (layoutValue !== null && layout === null)
    ignore(PARAMETER.layout, layoutValue, canBe(PARAMETER.layout, LAYOUTS));

  let parentOrigin: string | null = null;
  const origin = params.get(PARAMETER.parentOrigin);
  if (origin !== null) {
    if (isHttpOrigin(origin)) parentOrigin = origin;
    else ignore(PARAMETER.parentOrigin, origin, t('shell.link.parentOrigin'));
  }

  let editId: string | null = null;
  const edit = params.get(PARAMETER.edit);
  if (edit !== null) {
    if (embed) ignore(PARAMETER.edit, edit, t('shell.link.embedReadOnly'));
    else if (!isId(edit)) ignore(PARAMETER.edit, edit, t('shell.link.editId'));
    else editId = edit;
  }

  // The fragment is the link's own: never sent to a server. It wins over an address to fetch.
  const datasetFragment = datasetFragmentOf(new URL(pageUrl).hash);
  if (datasetFragment !== null && (dataUrl !== null || tilesUrl !== null)) {
    const name = tilesUrl !== null ? PARAMETER.tiles : PARAMETER.data;
    ignore(name, params.get(name) ?? '', t('shell.link.ownTimeline'));
    dataUrl = null;
    tilesUrl = null;
  }

  return {
    options: {
      embed,
      dataUrl,
      tilesUrl,
      window,
      windowWords,
      theme,
      layout,
      parentOrigin,
      editId,
      datasetFragment,
    },
    notices,
  };
}

/** Writes the view into a query string, keeping any other parameters that were there. */
export function encodeView(view: LinkView, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  writeView(params, view);
  const query = readable(params.toString());
  return query ? `?${query}` : '';
}

/** The query string with the kept timeline being edited named in it, or (null) no longer named. */
export function encodeEditedTimeline(editId: string | null, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  if (editId === null) params.delete(PARAMETER.edit);
  else params.set(PARAMETER.edit, editId);
  const query = readable(params.toString());
  return query ? `?${query}` : '';
}

/** What an embed opens with: the view, the part of the time it shows, and who may talk to it. */
export interface EmbedLink {
  view: LinkView;
  /** The address of a dataset other than the built-in one. */
  dataUrl: string | null;
  /** The address of a tiles manifest, when the timeline is read as tiles. */
  tilesUrl?: string | null;
  window: { start: number; end: number } | null;
  parentOrigin: string | null;
  /** A timeline carried by the link itself (`#dataset=…`), instead of an address to fetch. */
  fragment?: string | null;
  /** The language the embed speaks, whatever its reader's browser prefers. */
  language?: Language;
}

/** The address of an embed of the app at `appUrl` (whose own query and fragment are dropped). */
export function encodeEmbedLink(appUrl: string, embed: EmbedLink): string {
  const url = new URL(appUrl);
  url.search = '';
  url.hash = '';
  const params = url.searchParams;
  params.set(PARAMETER.embed, '1');
  if (embed.tilesUrl) params.set(PARAMETER.tiles, embed.tilesUrl);
  else if (embed.dataUrl) params.set(PARAMETER.data, embed.dataUrl);
  writeView(params, embed.view);
  if (embed.window) {
    params.set(PARAMETER.start, isoDay(embed.window.start));
    params.set(PARAMETER.end, isoDay(embed.window.end));
  }
  if (embed.parentOrigin) params.set(PARAMETER.parentOrigin, embed.parentOrigin);
  // Read by src/main.tsx before the app loads, so not among the view's parameters here.
  if (embed.language) params.set('lang', embed.language);
  if (embed.fragment) url.hash = embed.fragment;
  return readable(url.href);
}

/** The same view in the full app: an embed's link out drops what makes it an embed. */
export function encodeFullAppLink(embedHref: string): string {
  const url = new URL(embedHref);
  url.searchParams.delete(PARAMETER.embed);
  url.searchParams.delete(PARAMETER.parentOrigin);
  return readable(url.href);
}

/** Sets the view's parameters, and removes those it leaves empty. */
function writeView(params: URLSearchParams, view: LinkView): void {
  const set = (name: string, value: string | null) =>
    value === null ? params.delete(name) : params.set(name, value);
  set(PARAMETER.event, view.eventId);
  set(PARAMETER.actors, view.actorIds.length > 0 ? view.actorIds.join(',') : null);
  set(PARAMETER.query, view.query.trim() !== '' ? view.query : null);
  set(PARAMETER.view, view.view === 'list' ? 'list' : null);
  set(PARAMETER.mode, view.mode === 'story' ? 'story' : null);
  set(PARAMETER.lanes, view.lanes === 'none' ? null : view.lanes);
}

/** Commas are safe in a query and far easier to read in a shared link than %2C. */
function readable(link: string): string {
  return link.replace(/%2C/gi, ',');
}

/** The window of `start` and `end`, which go together; a notice names both when either is wrong. */
function decodeWindow(
  start: string | null,
  end: string | null,
): Pick<LaunchOptions, 'window' | 'windowWords'> & { notice: string | null } {
  const none = { window: null, windowWords: null };
  if (start === null && end === null) return { ...none, notice: null };
  if (start === null || end === null) {
    const [given, missing] =
      start === null ? [PARAMETER.end, PARAMETER.start] : [PARAMETER.start, PARAMETER.end];
    const words = parameterWords(given, (start ?? end)!);
    return { ...none, notice: ignoredNotice(words, t('shell.link.windowHalf', { missing })) };
  }
  const words = twoParameters(parameterWords(PARAMETER.start, start), parameterWords(PARAMETER.end, end));
  const problems = [
    partialDateProblem(PARAMETER.start, start),
    partialDateProblem(PARAMETER.end, end),
  ].filter((problem) => problem !== null);
  if (problems.length > 0)
    return {
      ...none,
      notice: ignoredNotice(words, t('shell.link.badDates', { problems: formatList(problems) })),
    };
  const from = partialDateInterval(start).start;
  const to = partialDateInterval(end).end;
  if (from >= to) return { ...none, notice: ignoredNotice(words, t('shell.link.endBeforeStart')) };
  return { window: { start: from, end: to }, windowWords: words, notice: null };
}

function isoDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
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
