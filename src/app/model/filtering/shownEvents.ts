// Which events are shown: those of the actors picked (all without a pick) that the search matched
// (all without a search), in date order; and the counts that say so. Computed from the store's
// plain state, cached per dataset, never stored beside it.
import type { Actor, Dataset, TimelineEvent } from '../../../schema/dataset';
import { chronologicalEvents } from '../dates/eventPlacement';
import type { ShownSummary } from './shownWords';
import type { SearchMatches } from '../search/searchIndex';
import { datasetLookups } from '../datasetLookups';

/** Each dataset's last answer of visibleEvents: every component asks for the same filter in one render. */
const lastVisible = new WeakMap<
  Dataset,
  { actorIds: readonly string[]; search: SearchMatches | null; events: readonly TimelineEvent[] }
>();

/**
 * Events involving any of the picked actors (all events when none is picked) and matched by the
 * search (all without one), in date order.
 */
export function visibleEvents(
  dataset: Dataset,
  actorIds: readonly string[],
  search: SearchMatches | null = null,
): readonly TimelineEvent[] {
  const last = lastVisible.get(dataset);
  if (last && last.actorIds === actorIds && last.search === search) return last.events;
  const ordered = chronologicalEvents(dataset);
  let events = actorIds.length === 0 ? ordered : withActors(dataset, actorIds);
  if (search !== null) events = events.filter((event) => search.ids.has(event.id));
  lastVisible.set(dataset, { actorIds, search, events });
  return events;
}

/** The events of any of these actors, in date order, from their positions in the chronology. */
function withActors(dataset: Dataset, actorIds: readonly string[]): readonly TimelineEvent[] {
  const ordered = chronologicalEvents(dataset);
  const positions = actorPositions(dataset);
  const lists = actorIds.map((id) => positions.get(id) ?? []);
  if (lists.length === 1) return lists[0]!.map((position) => ordered[position]!);
  const marked = new Uint8Array(ordered.length);
  for (const list of lists) for (const position of list) marked[position] = 1;
  return ordered.filter((_, position) => marked[position] === 1);
}

const positionsCache = new WeakMap<Dataset, ReadonlyMap<string, readonly number[]>>();

/**
 * For each actor, the positions of its events in the chronology, ascending: a filter then walks
 * an actor's own events instead of testing all 100,000.
 */
function actorPositions(dataset: Dataset): ReadonlyMap<string, readonly number[]> {
  const cached = positionsCache.get(dataset);
  if (cached) return cached;
  const positions = new Map<string, number[]>();
  chronologicalEvents(dataset).forEach((event, position) => {
    event.actorIds.forEach((id, i) => {
      if (event.actorIds.indexOf(id) !== i) return; // listed twice: counted once
      const list = positions.get(id);
      if (list) list.push(position);
      else positions.set(id, [position]);
    });
  });
  positionsCache.set(dataset, positions);
  return positions;
}

/**
 * How many events are shown of how many, and what narrows them (the actors picked and the search
 * that answered): the one count the sidebar, the list and the export dialog all give.
 */
export function shownSummary(
  dataset: Dataset,
  actorIds: readonly string[],
  search: SearchMatches | null = null,
): ShownSummary {
  const { actorsById } = datasetLookups(dataset);
  return {
    shown: visibleEvents(dataset, actorIds, search).length,
    total: dataset.events.length,
    actorNames: actorIds.map((id) => actorsById.get(id)?.name ?? id),
    search: search?.query ?? null,
  };
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
  const positions = actorPositions(dataset);
  const result = dataset.actors
    .map((actor) => ({ actor, eventCount: positions.get(actor.id)?.length ?? 0 }))
    .sort((a, b) => b.eventCount - a.eventCount || a.actor.name.localeCompare(b.actor.name));
  countsCache.set(dataset, result);
  return result;
}
