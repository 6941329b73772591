// A timeline read as time tiles (schema/tiles.ts): which tiles the reader's window needs, which to
// let go of, and the one dataset the tiles read so far make. The page holds a few tiles, never the
// archive: the window decides.
import type { Dataset, Source } from '../../../schema/dataset';
import type { TileManifest } from '../../../schema/tiles';
import { t } from '../i18n/intl';

/** A tile as the page plans with it: its file and the instants (epoch ms) its events are placed at. */
export interface TileSpan {
  file: string;
  start: number;
  end: number;
  events: number;
  /** How many of its events each actor is in, if the manifest says. */
  actorEvents?: Readonly<Record<string, number>>;
}

export interface Window {
  start: number;
  end: number;
}

/** The events the page reads at most, all tiles together: about what it holds well (see docs/performance.md). */
export const TILE_EVENT_BUDGET = 60_000;

export function tileSpans(manifest: TileManifest): TileSpan[] {
  return manifest.tiles.map((tile) => ({
    file: tile.file,
    start: Date.parse(tile.start),
    end: Date.parse(tile.end),
    events: tile.events,
    ...(tile.actorEvents ? { actorEvents: tile.actorEvents } : {}),
  }));
}

/**
 * How many of a tile's events the actor filter would show, before it is read: exact for one actor;
 * for several, at most the sum (an event may have two of them); unknown if the manifest does not say.
 */
export function filteredTileCount(
  tile: TileSpan,
  actorIds: readonly string[],
): { count: number; exact: boolean } | null {
  if (actorIds.length === 0) return { count: tile.events, exact: true };
  if (!tile.actorEvents) return null;
  const counts = tile.actorEvents;
  const sum = actorIds.reduce((total, id) => total + (Object.hasOwn(counts, id) ? counts[id]! : 0), 0);
  return { count: Math.min(sum, tile.events), exact: actorIds.length === 1 || sum === 0 };
}

/** How far a tile lies from the window's middle (0 when it holds it): nearer tiles come first. */
export function distanceFromMiddle(tile: TileSpan, window: Window): number {
  const middle = (window.start + window.end) / 2;
  return Math.max(tile.start - middle, middle - tile.end, 0);
}

/** The window and half its width again on each side: a step of panning finds its tiles read. */
function reach(window: Window): Window {
  const margin = (window.end - window.start) / 2;
  return { start: window.start - margin, end: window.end + margin };
}

const overlaps = (tile: TileSpan, window: Window) => tile.end >= window.start && tile.start <= window.end;

/**
 * The tiles this window needs: those it (and a margin) overlaps, if together they fit the budget;
 * none when the window is wider than that (the timeline then draws each tile as its count).
 */
export function tilesForWindow(
  tiles: readonly TileSpan[],
  window: Window,
  budget = TILE_EVENT_BUDGET,
): TileSpan[] {
  const near = reach(window);
  let needed = tiles.filter((tile) => overlaps(tile, near));
  if (total(needed) > budget) needed = tiles.filter((tile) => overlaps(tile, window));
  return total(needed) <= budget ? needed : [];
}

/**
 * Of the tiles read, those to let go of so that what is kept fits the budget: the farthest from
 * the window first, never one the window needs.
 */
export function tilesToRelease(
  read: readonly TileSpan[],
  needed: readonly TileSpan[],
  window: Window,
  budget = TILE_EVENT_BUDGET,
): TileSpan[] {
  const neededFiles = new Set(needed.map((tile) => tile.file));
  const candidates = read
    .filter((tile) => !neededFiles.has(tile.file))
    .sort((a, b) => distanceFromMiddle(b, window) - distanceFromMiddle(a, window));
  const released: TileSpan[] = [];
  const readFiles = new Set(read.map((tile) => tile.file));
  let kept = total(read) + total(needed.filter((tile) => !readFiles.has(tile.file)));
  for (const tile of candidates) {
    if (kept <= budget) break;
    released.push(tile);
    kept -= tile.events;
  }
  return released;
}

/**
 * What a tile not read yet stands for on the timeline, under the filter and search on show: its
 * count in words (null when the filter leaves none of its events).
 */
export function tileCountWords(
  tile: TileSpan,
  actorIds: readonly string[],
  searching: boolean,
): { count: number; words: string } | null {
  const filtered = filteredTileCount(tile, actorIds);
  if (filtered?.count === 0) return null;
  const count = filtered?.count ?? tile.events;
  const state = searching ? 'searching' : !filtered ? 'unfiltered' : filtered.exact ? 'exact' : 'atMost';
  return { count, words: t('article.tileCount', { state, count }) };
}

const archiveCounts = new WeakMap<TileManifest, ReadonlyMap<string, number>>();

/** How many of the archive's events each actor is in, from the manifest: no tile need be read. */
export function archiveActorCounts(manifest: TileManifest): ReadonlyMap<string, number> {
  const cached = archiveCounts.get(manifest);
  if (cached) return cached;
  const counts = new Map<string, number>();
  for (const tile of [...manifest.tiles, ...(manifest.undated ? [manifest.undated] : [])])
    for (const [id, count] of Object.entries(tile.actorEvents ?? {}))
      counts.set(id, (counts.get(id) ?? 0) + count);
  archiveCounts.set(manifest, counts);
  return counts;
}

function total(tiles: readonly TileSpan[]): number {
  return tiles.reduce((sum, tile) => sum + tile.events, 0);
}

/**
 * The dataset the tiles read so far make: the manifest's title and every actor (so the filter lists
 * them all), the sources the read tiles name (each once) and their events.
 */
export function datasetOfTiles(manifest: TileManifest, read: readonly Dataset[]): Dataset {
  const sources = new Map<string, Source>();
  for (const tile of read)
    for (const source of tile.sources) if (!sources.has(source.id)) sources.set(source.id, source);
  return {
    schemaVersion: manifest.schemaVersion,
    title: manifest.title,
    ...(manifest.description !== undefined ? { description: manifest.description } : {}),
    ...(manifest.media !== undefined ? { media: manifest.media } : {}),
    ...(manifest.eras !== undefined ? { eras: manifest.eras } : {}),
    sources: [...sources.values()],
    actors: manifest.actors,
    events: read.flatMap((tile) => tile.events),
  };
}
