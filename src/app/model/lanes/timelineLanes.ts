// Lanes: which lanes the "by actor" and "by kind" views show and which events each holds, so an
// editor can set one actor's line against another's. Pure: the shown events in (already narrowed
// by the actor filter and the search), lanes out. An event of two lanes' actors is in both, and
// every shown event is in some lane (the "Other" lane takes those of none).
import type { Actor } from '../../../schema/dataset';
import { t, type MessageId } from '../i18n/intl';

export const LANE_MODES = ['none', 'actor', 'kind'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

/** With no actor chosen, this many of the busiest actors get a lane of their own. */
export const BUSIEST_LANES = 6;
export const OTHER_LANE_ID = 'other';

const KIND_LANES: readonly { kind: Actor['kind']; label: MessageId }[] = [
  { kind: 'person', label: 'shell.lanes.people' },
  { kind: 'organisation', label: 'shell.lanes.organisations' },
  { kind: 'country', label: 'shell.lanes.countries' },
  { kind: 'group', label: 'shell.lanes.groups' },
];

export interface Lane<T> {
  /** Unique among the lanes: `actor:<id>`, `kind:<kind>` or `other`. */
  id: string;
  label: string;
  /** What the lane stands for, for its colour: an actor's kind, or "other". */
  kind: Actor['kind'] | 'other';
  /**
   * Its events, in the order they were given (the chronology). A lane that holds every one of them
   * is given the same list, so what is built per list (the timeline's date index) is built once.
   */
  entries: readonly T[];
}

export interface LaneRequest<T extends { id: string }> {
  mode: Exclude<LaneMode, 'none'>;
  /** The shown events' places, in date order. */
  entries: readonly T[];
  /**
   * The actors (ids) of the event at this place in `entries`: by place, not by id, as a lookup by
   * id for each of 100,000 events cost more than the rest of the split.
   */
  actorIdsAt: (index: number) => readonly string[];
  actorsById: ReadonlyMap<string, Actor>;
  /** The actors chosen in the Actors filter; none means the busiest get lanes. */
  chosenActorIds: readonly string[];
}

export function timelineLanes<T extends { id: string }>(request: LaneRequest<T>): Lane<T>[] {
  return request.mode === 'actor' ? actorLanes(request) : kindLanes(request);
}

function actorLanes<T extends { id: string }>(request: LaneRequest<T>): Lane<T>[] {
  const { entries, actorIdsAt, actorsById } = request;
  const chosen = [...new Set(request.chosenActorIds)].filter((id) => actorsById.has(id));
  const laneActors = chosen.length > 0 ? chosen : busiestActors(request);
  const laneEntries = laneActors.map((): T[] => []);
  const laneOf = new Map(laneActors.map((id, i) => [id, laneEntries[i]!]));
  const other: T[] = [];
  // One pass, no allocation per event: at 100,000 events this runs on every filter and search.
  entries.forEach((entry, index) => {
    let placed = false;
    for (const id of actorIdsAt(index)) {
      const lane = laneOf.get(id);
      // An actor listed twice on one event puts it in its lane once.
      if (!lane || lane.at(-1) === entry) continue;
      lane.push(entry);
      placed = true;
    }
    if (!placed) other.push(entry);
  });
  const lanes = laneActors.map((id, i): Lane<T> => {
    const actor = actorsById.get(id)!;
    return {
      id: `actor:${id}`,
      label: actor.name,
      kind: actor.kind,
      entries: whole(laneEntries[i]!, entries),
    };
  });
  // Chosen actors keep their lane even when empty (the reader asked for them by name).
  if (other.length === 0) return lanes;
  return [
    ...lanes,
    { id: OTHER_LANE_ID, label: t('shell.lanes.other'), kind: 'other', entries: whole(other, entries) },
  ];
}

/** A lane's events, or the list of all of them if it holds every one (each is in a lane once, in order). */
function whole<T>(laneEntries: T[], entries: readonly T[]): readonly T[] {
  return laneEntries.length === entries.length ? entries : laneEntries;
}

/** The actors with the most shown events, most first, then by name. */
function busiestActors<T extends { id: string }>(request: LaneRequest<T>): string[] {
  const counts = new Map<string, number>();
  for (let index = 0; index < request.entries.length; index++) {
    const ids = request.actorIdsAt(index);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) === i && request.actorsById.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    });
  }
  const nameOf = (id: string) => request.actorsById.get(id)!.name;
  return [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || nameOf(a).localeCompare(nameOf(b)))
    .slice(0, BUSIEST_LANES)
    .map(([id]) => id);
}

function kindLanes<T extends { id: string }>(request: LaneRequest<T>): Lane<T>[] {
  const { entries, actorIdsAt, actorsById } = request;
  const byKind = new Map(KIND_LANES.map(({ kind }): [Actor['kind'], T[]] => [kind, []]));
  const other: T[] = [];
  entries.forEach((entry, index) => {
    let placed = false;
    for (const id of actorIdsAt(index)) {
      const actor = actorsById.get(id);
      const lane = actor && byKind.get(actor.kind);
      if (!lane || lane.at(-1) === entry) continue;
      lane.push(entry);
      placed = true;
    }
    if (!placed) other.push(entry);
  });
  const lanes = KIND_LANES.map(({ kind, label }): Lane<T> => ({
    id: `kind:${kind}`,
    label: t(label),
    kind,
    entries: whole(byKind.get(kind)!, entries),
  }));
  const noActor: Lane<T> = {
    id: OTHER_LANE_ID,
    label: t('shell.lanes.noActor'),
    kind: 'other',
    entries: whole(other, entries),
  };
  return [...lanes, noActor].filter((lane) => lane.entries.length > 0);
}

/**
 * The id vis draws an event (or a cluster) by in a lane: unique per (event, lane). Event and actor
 * ids never hold "@" (lower-case letters, digits and dashes), so the event's id is read back whole.
 */
export function laneItemId(id: string, laneId: string): string {
  return `${id}@${laneId}`;
}

/** The event (or cluster) a lane's item draws; an id drawn outside lanes is its own. */
export function itemSubject(itemId: string): string {
  const at = itemId.indexOf('@');
  return at === -1 ? itemId : itemId.slice(0, at);
}
