// Derived data, computed from the store's plain state and never stored beside it.
import type { Actor, Dataset, TimelineEvent } from '../../schema/dataset';
import { chronologicalEvents } from '../domain/eventPlacement';
import type { SearchMatches } from './filterSlice';

/** The last answer of visibleEvents: every component asks for the same filter in one render. */
let lastVisible: {
  dataset: Dataset;
  actorIds: readonly string[];
  search: SearchMatches | null;
  events: readonly TimelineEvent[];
} | null = null;

/**
 * Events involving any of the picked actors (all events when none is picked) and matched by the
 * search (all without one), in date order.
 */
export function visibleEvents(
  dataset: Dataset,
  actorIds: readonly string[],
  search: SearchMatches | null = null,
): readonly TimelineEvent[] {
  const last = lastVisible;
  if (last && last.dataset === dataset && last.actorIds === actorIds && last.search === search)
    return last.events;
  const ordered = chronologicalEvents(dataset);
  const picked = new Set(actorIds);
  const events =
    actorIds.length === 0 && search === null
      ? ordered
      : ordered.filter(
          (event) =>
            (picked.size === 0 || event.actorIds.some((id) => picked.has(id))) &&
            (search === null || search.ids.has(event.id)),
        );
  lastVisible = { dataset, actorIds, search, events };
  return events;
}

export interface ActorWithCount {
  actor: Actor;
  eventCount: number;
}

const countsCache = new WeakMap<Dataset, readonly ActorWithCount[]>();

/** Every actor with the number of events it appears in, most frequent first, then by name. */
export function actorsWithCounts(dataset: Dataset): readonly ActorWithCount[] {
  const cached = countsCache.get(dataset);
  if (cached) return cached;
  const counts = new Map<string, number>();
  for (const event of dataset.events) {
    // Each actor once per event, even if listed twice; no Set per event (100,000 of them).
    event.actorIds.forEach((id, i) => {
      if (event.actorIds.indexOf(id) === i) counts.set(id, (counts.get(id) ?? 0) + 1);
    });
  }
  const result = dataset.actors
    .map((actor) => ({ actor, eventCount: counts.get(actor.id) ?? 0 }))
    .sort((a, b) => b.eventCount - a.eventCount || a.actor.name.localeCompare(b.actor.name));
  countsCache.set(dataset, result);
  return result;
}

const lookupCache = new WeakMap<Dataset, DatasetLookups>();

export interface DatasetLookups {
  actorsById: ReadonlyMap<string, Actor>;
  sourcesById: ReadonlyMap<string, Dataset['sources'][number]>;
  eventsById: ReadonlyMap<string, TimelineEvent>;
}

export function datasetLookups(dataset: Dataset): DatasetLookups {
  const cached = lookupCache.get(dataset);
  if (cached) return cached;
  const lookups: DatasetLookups = {
    actorsById: new Map(dataset.actors.map((actor) => [actor.id, actor])),
    sourcesById: new Map(dataset.sources.map((source) => [source.id, source])),
    eventsById: new Map(dataset.events.map((event) => [event.id, event])),
  };
  lookupCache.set(dataset, lookups);
  return lookups;
}
