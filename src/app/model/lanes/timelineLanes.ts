// Lanes: which lanes the "by actor" and "by kind" views show and which events each holds, so an
// editor can set one actor's line against another's. Pure: the shown events in (already narrowed
// by the actor filter and the search), lanes out. An event of two lanes' actors is in both, and
// every shown event is in some lane (the "Other" lane takes those of none).
import type { Actor } from '../../../schema/dataset';
import { t, type MessageId } from '../i18n/intl';
import { placedAt } from '../dates/eventPlacement';

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

export interface LaneRequest<T> {
  mode: Exclude<LaneMode, 'none'>;
  /** The chronology's dated events, as drawn: the event at position p is `placed[p]`. */
  placed: readonly T[];
  /** Where the shown events sit in the chronology, ascending (undated ones too); null: all of them. */
  shown: readonly number[] | null;
  /** The shown dated events (the timeline's list): a lane that holds all of them is given this list. */
  entries: readonly T[];
  /** Each actor's events' positions in the chronology, ascending, an event once. */
  actorPositions: ReadonlyMap<string, readonly number[]>;
  actorsById: ReadonlyMap<string, Actor>;
  /** The actors chosen in the Actors filter; none means the busiest get lanes. */
  chosenActorIds: readonly string[];
}

// At 100,000 events this runs on every filter and search: lanes are read from each actor's own
// positions and typed-array marks, never by walking every event's actors.

export function timelineLanes<T>(request: LaneRequest<T>): Lane<T>[] {
  return request.mode === 'actor' ? actorLanes(request) : kindLanes(request);
}

function actorLanes<T>(request: LaneRequest<T>): Lane<T>[] {
  const { placed, entries, actorsById, shown } = request;
  // Marked only when needed: a first filter runs cold, where a loop over 100,000 events shows.
  let marks: Uint8Array | null | undefined;
  const shownMark = () => (marks === undefined ? (marks = shownMarks(request)) : marks);
  const chosen = [...new Set(request.chosenActorIds)].filter((id) => actorsById.has(id));
  const laneActors = chosen.length > 0 ? chosen : busiestActors(request, shownMark());
  const positionsOf = (id: string) => request.actorPositions.get(id) ?? [];
  let holdsAllShown = false;
  const lanes = laneActors.map((id): Lane<T> => {
    const actor = actorsById.get(id)!;
    const positions = positionsOf(id);
    // The shown events are this actor's own list (one actor filtered by): the lane holds them all.
    const holdsAll = positions === shown;
    if (holdsAll) holdsAllShown = true;
    return {
      id: `actor:${id}`,
      label: actor.name,
      kind: actor.kind,
      entries: holdsAll ? entries : actorEntries(placed, positions, shownMark, entries),
    };
  });
  // A lane holding every shown event leaves none for "Other".
  if (holdsAllShown) return lanes;
  const inLane = new Uint8Array(placed.length);
  for (const id of laneActors)
    for (const position of positionsOf(id)) if (position < placed.length) inLane[position] = 1;
  const other: T[] = [];
  forEachShownDated(request, (position) => {
    if (inLane[position] === 0) other.push(placed[position]!);
  });
  // Chosen actors keep their lane even when empty (the reader asked for them by name).
  if (other.length === 0) return lanes;
  return [
    ...lanes,
    { id: OTHER_LANE_ID, label: t('shell.lanes.other'), kind: 'other', entries: whole(other, entries) },
  ];
}

/** 1 at each shown dated position, or null when every event is shown. */
function shownMarks<T>({ shown, placed }: LaneRequest<T>): Uint8Array | null {
  if (shown === null) return null;
  const marks = new Uint8Array(placed.length);
  for (const position of shown) if (position < placed.length) marks[position] = 1;
  return marks;
}

function forEachShownDated<T>({ shown, placed }: LaneRequest<T>, visit: (position: number) => void): void {
  if (shown === null) {
    for (let position = 0; position < placed.length; position++) visit(position);
    return;
  }
  for (const position of shown) if (position < placed.length) visit(position);
}

/**
 * The shown dated events at these positions. A lane holding every shown event is the shown list
 * itself (one actor filtered by); one holding all of its actor's events (no filter, or its actor is
 * one of those filtered by) is built once per chronology. Either way the timeline's index of it is
 * built once too, and nothing is copied on a filter.
 */
function actorEntries<T>(
  placed: readonly T[],
  positions: readonly number[],
  shownMarkOf: () => Uint8Array | null,
  entries: readonly T[],
): readonly T[] {
  const dated = countBelow(positions, placed.length);
  let shownCount = dated;
  const shownMark = shownMarkOf();
  if (shownMark) {
    shownCount = 0;
    for (let i = 0; i < dated; i++) shownCount += shownMark[positions[i]!]!;
  }
  if (shownCount === entries.length) return entries;
  if (shownCount < dated) {
    const shown: T[] = [];
    for (let i = 0; i < dated; i++) if (shownMark![positions[i]!] === 1) shown.push(placed[positions[i]!]!);
    return shown;
  }
  return placedAt(placed, positions);
}

/** A lane's events, or the list of all of them if it holds every one (each is in a lane once, in order). */
function whole<T>(laneEntries: readonly T[], entries: readonly T[]): readonly T[] {
  return laneEntries.length === entries.length ? entries : laneEntries;
}

/** The actors with the most shown dated events, most first, then by name. */
function busiestActors<T>(request: LaneRequest<T>, shownMark: Uint8Array | null): string[] {
  const dated = request.placed.length;
  const counts: [string, number][] = [];
  for (const [id, positions] of request.actorPositions) {
    if (!request.actorsById.has(id)) continue;
    let count = 0;
    if (shownMark === null) count = countBelow(positions, dated);
    else for (const position of positions) if (position < dated && shownMark[position] === 1) count++;
    if (count > 0) counts.push([id, count]);
  }
  const nameOf = (id: string) => request.actorsById.get(id)!.name;
  return counts
    .sort(([a, countA], [b, countB]) => countB - countA || nameOf(a).localeCompare(nameOf(b)))
    .slice(0, BUSIEST_LANES)
    .map(([id]) => id);
}

/** How many of these ascending positions are under `limit`: a binary search. */
function countBelow(positions: readonly number[], limit: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (positions[middle]! < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

function kindLanes<T>(request: LaneRequest<T>): Lane<T>[] {
  const { placed, entries } = request;
  const kinds = kindMarks(request);
  const byKind = KIND_LANES.map((): T[] => []);
  const other: T[] = [];
  forEachShownDated(request, (position) => {
    const mark = kinds[position]!;
    if (mark === 0) other.push(placed[position]!);
    for (let k = 0; k < KIND_LANES.length; k++) if (mark & (1 << k)) byKind[k]!.push(placed[position]!);
  });
  const lanes = KIND_LANES.map(({ kind, label }, k): Lane<T> => ({
    id: `kind:${kind}`,
    label: t(label),
    kind,
    entries: whole(byKind[k]!, entries),
  }));
  const noActor: Lane<T> = {
    id: OTHER_LANE_ID,
    label: t('shell.lanes.noActor'),
    kind: 'other',
    entries: whole(other, entries),
  };
  return [...lanes, noActor].filter((lane) => lane.entries.length > 0);
}

/** For each dated position, one bit per kind (KIND_LANES' order) of the known actors it has. */
function kindMarks<T>({ placed, actorPositions, actorsById }: LaneRequest<T>): Uint8Array {
  const marks = new Uint8Array(placed.length);
  for (const [id, positions] of actorPositions) {
    const kind = actorsById.get(id)?.kind;
    const k = KIND_LANES.findIndex((lane) => lane.kind === kind);
    if (k === -1) continue;
    for (const position of positions) if (position < placed.length) marks[position]! |= 1 << k;
  }
  return marks;
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
