// Cuts a dataset into time tiles (see schema/tiles.ts): its dated events in date order, a tile at a
// time of at most `maxEvents`, each written as a whole dataset with the sources and actors its
// events name; the undated events in a file of their own; and the manifest that lists them.
import type { Dataset, TimelineEvent } from '../schema/dataset';
import { referencedIds } from '../schema/referencedIds';
import { TILES_KIND, type Tile, type TileManifest } from '../schema/tiles';
import { chronology } from '../app/model/dates/eventPlacement';

export interface TileOptions {
  /** The most events a tile holds, unless more share one instant (a tile never splits those). */
  maxEvents: number;
  /** The folder the tiles are written to, relative to the manifest. */
  folder: string;
}

export const DEFAULT_TILE_OPTIONS: TileOptions = { maxEvents: 5_000, folder: 'tiles' };

export interface TiledDataset {
  manifest: TileManifest;
  /** Each tile's file (relative to the manifest) and the dataset it holds. */
  files: { file: string; dataset: Dataset }[];
}

export function cutIntoTiles(dataset: Dataset, options: TileOptions = DEFAULT_TILE_OPTIONS): TiledDataset {
  const { maxEvents, folder } = options;
  if (!Number.isInteger(maxEvents) || maxEvents < 1) throw new RangeError('maxEvents: a positive integer');
  const { events, placed } = chronology(dataset);
  const files: TiledDataset['files'] = [];
  const tiles: Tile[] = [];
  const cutDown = datasetCutter(dataset);
  let first = 0;
  while (first < placed.length) {
    let end = Math.min(first + maxEvents, placed.length);
    // Events placed at one instant stay together, so tiles never overlap in time.
    while (end < placed.length && placed[end]!.start === placed[end - 1]!.start) end++;
    const file = `${folder}/${String(tiles.length).padStart(5, '0')}.json`;
    const slice = events.slice(first, end);
    files.push({ file, dataset: cutDown(slice) });
    tiles.push({
      file,
      start: new Date(placed[first]!.start).toISOString(),
      end: new Date(placed[end - 1]!.start).toISOString(),
      events: end - first,
      actorEvents: actorEvents(slice),
    });
    first = end;
  }
  const undatedEvents = events.slice(placed.length);
  const undatedFile = `${folder}/undated.json`;
  if (undatedEvents.length > 0) files.push({ file: undatedFile, dataset: cutDown(undatedEvents) });
  const manifest: TileManifest = {
    kind: TILES_KIND,
    schemaVersion: dataset.schemaVersion,
    title: dataset.title,
    ...(dataset.description !== undefined ? { description: dataset.description } : {}),
    ...(dataset.media !== undefined ? { media: dataset.media } : {}),
    ...(dataset.eras !== undefined ? { eras: dataset.eras } : {}),
    events: events.length,
    actors: dataset.actors,
    tiles,
    ...(undatedEvents.length > 0
      ? {
          undated: {
            file: undatedFile,
            events: undatedEvents.length,
            actorEvents: actorEvents(undatedEvents),
          },
        }
      : {}),
  };
  return { manifest, files };
}

/** How many of these events each actor is in. */
function actorEvents(events: readonly TimelineEvent[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const event of events) for (const id of new Set(event.actorIds)) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}

/**
 * Cuts the dataset down to some events: they keep what they name, in the dataset's order, and
 * nothing else. (Records are looked up by id: a million events name a million sources.)
 */
function datasetCutter(dataset: Dataset): (events: readonly TimelineEvent[]) => Dataset {
  // The tiles point at their own schema's address; the dataset's may be elsewhere.
  const head = { ...dataset };
  delete head.$schema;
  const sourceAt = new Map(dataset.sources.map((source, index) => [source.id, index]));
  const actorAt = new Map(dataset.actors.map((actor, index) => [actor.id, index]));
  const inOrder = <T>(ids: Set<string>, at: Map<string, number>, records: readonly T[]): T[] =>
    [...ids]
      .map((id) => at.get(id))
      .filter((index): index is number => index !== undefined)
      .sort((a, b) => a - b)
      .map((index) => records[index]!);
  return (events) => {
    const { actorIds, sourceIds } = referencedIds(events);
    return {
      ...head,
      sources: inOrder(sourceIds, sourceAt, dataset.sources),
      actors: inOrder(actorIds, actorAt, dataset.actors),
      events: [...events],
    };
  };
}
