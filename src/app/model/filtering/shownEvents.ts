// Which events are shown: those of the actors picked (all without a pick) that the search matched
// (all without a search), in date order; and the counts that say so. Computed from the store's
// plain state, cached per dataset, never stored beside it.
import type { Actor, Dataset, TimelineEvent } from '../../../schema/dataset';
import { chronologicalEvents } from '../dates/eventPlacement';
import type { ShownSummary } from './shownWords';
import type { SearchMatches } from '../search/searchIndex';
import { datasetLookups } from '../datasetLookups';

/** Each dataset's last answer: every component asks for the same filter in one render. */
const lastVisible = new WeakMap<
  Dataset,
  {
    actorIds: readonly string[];
    search: SearchMatches | null;
    events: readonly TimelineEvent[];
    positions: readonly number[] | null;
  }
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
  return shown(dataset, actorIds, search).events;
}

/**
 * Where the visible events sit in the chronology, ascending, place for place with visibleEvents;
 * null when every event is visible. The timeline and its lanes read the shown events' places and
 * each actor's own events from these, instead of walking all 100,000.
 */
export function visiblePositions(
  dataset: Dataset,
  actorIds: readonly string[],
  search: SearchMatches | null = null,
): readonly number[] | null {
  return shown(dataset, actorIds, search).positions;
}

function shown(dataset: Dataset, actorIds: readonly string[], search: SearchMatches | null) {
  const last = lastVisible.get(dataset);
  if (last && last.actorIds === actorIds && last.search === search) return last;
  const ordered = chronologicalEvents(dataset);
  let positions = actorIds.length === 0 ? null : withActors(dataset, actorIds);
  if (search !== null) {
    const narrowed: number[] = [];
    const from = positions ?? ordered.keys();
    for (const position of from) if (search.ids.has(ordered[position]!.id)) narrowed.push(position);
    positions = narrowed;
  }
  const events = positions ? positions.map((position) => ordered[position]!) : ordered;
  const answer = { actorIds, search, events, positions };
  lastVisible.set(dataset, answer);
  return answer;
}

/** The positions in the chronology of the events of any of these actors, ascending. */
function withActors(dataset: Dataset, actorIds: readonly string[]): readonly number[] {
  const positions = actorPositions(dataset);
  const lists = actorIds.map((id) => positions.get(id) ?? []);
  if (lists.length === 1) return lists[0]!;
  const marked = new Uint8Array(chronologicalEvents(dataset).length);
  for (const list of lists) for (const position of list) marked[position] = 1;
  const union: number[] = [];
  marked.forEach((mark, position) => {
    if (mark === 1) union.push(position);
  });
  return union;
}

const positionsCache = new WeakMap<Dataset, ReadonlyMap<string, readonly number[]>>();

/**
 * For each actor, the positions of its events in the chronology, ascending: a filter then walks
 * an actor's own events instead of testing all 100,000.
 */
export function actorPositions(dataset: Dataset): ReadonlyMap<string, readonly number[]> {
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
