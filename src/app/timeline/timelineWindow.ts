// Decides what vis-timeline is given for a window: only the events in view (plus a margin on each
// side), and, where a period is too dense to read, one cluster with a count instead of its events.
// vis slows down with every item it holds (10,000 items: seconds per zoom or filter), so it never
// holds more than a few hundred. Pure: positions in, a short list of things to draw out.

import type { PlacedEvent } from '../model/dates/eventPlacement';

/** Where an event sits, in epoch ms: a point, or a span from start to end. */
export type TimelineEntry = PlacedEvent;

export type DisplayItem =
  | { kind: 'event'; id: string }
  | {
      kind: 'cluster';
      id: string;
      /** The period the cluster stands for: one bin of the grid, in epoch ms. */
      start: number;
      end: number;
      count: number;
      /** When its first and last events start (or sit), for its label and for zooming to them. */
      first: number;
      last: number;
      /** Spans that began before the covered span and are still under way in it. */
      ongoing: boolean;
    };

export interface WindowRequest {
  start: number;
  end: number;
  /** The width of the drawing area in pixels. */
  widthPx: number;
  /** Always drawn as itself, never folded into a cluster: an entry of the index (see `find`). */
  selected: TimelineEntry | null;
  /** Once the covered span holds more than UNCLUSTERED_BUDGET events, a bin with more than this is a cluster. */
  maxPerBin: number;
  /** True when the reader cannot zoom in further: then nothing is clustered, the stack scrolls. */
  atMaxZoom: boolean;
  /** How many events may be drawn as themselves before dense bins fold (UNCLUSTERED_BUDGET unless given: each lane gets a share). */
  budget?: number;
}

export interface WindowContent {
  items: DisplayItem[];
  /** The span the items cover (the window plus its margins), aligned to the bin grid. */
  coveredStart: number;
  coveredEnd: number;
  binMs: number;
}

export const DAY_MS = 86_400_000;
/** About one item's width: events closer than this on screen are counted together. */
export const BIN_PX = 80;
/** How much is fed beyond each side of the window, as a share of its width, so a pan shows no gap. */
const MARGIN = 1;
/**
 * Up to this many events in the covered span, no bin is clustered: vis draws a few hundred items
 * quickly, and a reader would rather scroll a stack than open a cluster of a handful. (Spans under
 * way from before the window are folded whenever they are more than a bin may hold.)
 */
export const UNCLUSTERED_BUDGET = 200;
/** At the deepest zoom, zooming in cannot split a cluster, so more is drawn as itself; up to this. */
const MAX_UNCLUSTERED_AT_MAX_ZOOM = 600;
const CLUSTER_ID_PREFIX = '~cluster/';

export function isClusterId(id: string): boolean {
  // Event ids are lowercase letters, digits and dashes, so they never start with "~".
  return id.startsWith(CLUSTER_ID_PREFIX);
}

/**
 * The events of a timeline, in chronological order, indexed for window queries. Built once per
 * filter: a sorted array of starts for a binary search, and the spans apart, because a span that
 * starts before a window can still cross it.
 */
export class TimelineIndex {
  private static readonly built = new WeakMap<readonly TimelineEntry[], TimelineIndex>();

  /** The index of these entries, built once per array: lifting a filter brings back the same one. */
  static of(entries: readonly TimelineEntry[]): TimelineIndex {
    let index = TimelineIndex.built.get(entries);
    if (!index) {
      index = new TimelineIndex(entries);
      TimelineIndex.built.set(entries, index);
    }
    return index;
  }

  readonly entries: readonly TimelineEntry[];
  private readonly starts: Float64Array;
  private readonly spans: readonly TimelineEntry[];

  constructor(entries: readonly TimelineEntry[]) {
    this.entries = entries;
    // One plain pass (built on every new filter, 100,000 entries at most).
    this.starts = new Float64Array(entries.length);
    const spans: TimelineEntry[] = [];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (i > 0 && entry.start < this.starts[i - 1]!) throw new RangeError('entries must be sorted by start');
      this.starts[i] = entry.start;
      if (entry.end !== undefined) spans.push(entry);
    }
    this.spans = spans;
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * This index's entry for an event that starts at `start`, or undefined if the event is not in it
   * (filtered out): a binary search, then the few entries that start at the same instant.
   */
  find(id: string, start: number): TimelineEntry | undefined {
    for (let i = this.lowerBound(start); i < this.size && this.starts[i] === start; i++) {
      if (this.entries[i]!.id === id) return this.entries[i];
    }
    return undefined;
  }

  /**
   * The first and last instants of all events, or null when there are none, with what needs room
   * beside it when the timeline is fitted: the first and last single dates drawn as labels centred
   * on them, and the first drawn as a label ending at its date (a date known by its bounds).
   */
  extent(): {
    start: number;
    end: number;
    firstPoint?: number;
    lastPoint?: number;
    firstEndingPoint?: number;
  } | null {
    if (this.entries.length === 0) return null;
    let end = this.starts[this.starts.length - 1]!;
    for (const span of this.spans) end = Math.max(end, span.end!);
    const centred = (entry: TimelineEntry) => entry.end === undefined && !entry.endsAtStart;
    const first = this.entries.find(centred);
    const last = this.entries.findLast(centred);
    const firstEnding = this.entries.find((entry) => entry.endsAtStart);
    return {
      start: this.starts[0]!,
      end,
      ...(first ? { firstPoint: first.start } : {}),
      ...(last ? { lastPoint: last.start } : {}),
      ...(firstEnding ? { firstEndingPoint: firstEnding.start } : {}),
    };
  }

  /** Where this entry (one of this index's own) sits, or -1 if it is not in it. */
  positionOf(entry: TimelineEntry): number {
    for (let i = this.lowerBound(entry.start); i < this.size && this.starts[i] === entry.start; i++) {
      if (this.entries[i] === entry) return i;
    }
    return -1;
  }

  /** Index of the first entry that starts at or after `time`. */
  lowerBound(time: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.starts[mid]! < time) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Spans that start before `time` and are still going at it. */
  spansCrossing(time: number): TimelineEntry[] {
    return this.spans.filter((span) => span.start < time && span.end! >= time);
  }
}

/** The bin width for a scale: a power of two of days, about BIN_PX wide on screen. */
export function binWidthMs(msPerPx: number): number {
  const days = (msPerPx * BIN_PX) / DAY_MS;
  return DAY_MS * 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(days, 1))));
}

/**
 * What to draw for a window. Bins sit on a fixed grid (multiples of the bin width since 1970), so a
 * pan keeps every cluster's id and count and only adds or drops bins at the edges.
 */
export function windowContent(index: TimelineIndex, request: WindowRequest): WindowContent {
  const span = Math.max(request.end - request.start, 1);
  const binMs = binWidthMs(span / Math.max(request.widthPx, 1));
  const coveredStart = Math.floor((request.start - span * MARGIN) / binMs) * binMs;
  const coveredEnd = Math.ceil((request.end + span * MARGIN) / binMs) * binMs;

  const items: DisplayItem[] = [];
  const { selected } = request;
  if (selected) items.push({ kind: 'event', id: selected.id });

  // Spans that began earlier and are still under way: in a narrow window of a long archive they
  // can be many (wars, terms of office, deployments), and would bury the window's own events.
  const ongoing = index.spansCrossing(coveredStart).filter((entry) => entry !== selected);
  const selectedAt = selected ? index.positionOf(selected) : -1;
  const selectedCovered = selected !== null && selected.start >= coveredStart && selected.start < coveredEnd;
  const total =
    ongoing.length +
    index.lowerBound(coveredEnd) -
    index.lowerBound(coveredStart) -
    (selectedCovered ? 1 : 0);
  const budget = request.budget ?? UNCLUSTERED_BUDGET;
  const clusterNothing =
    total <= budget ||
    (request.atMaxZoom && total <= (budget * MAX_UNCLUSTERED_AT_MAX_ZOOM) / UNCLUSTERED_BUDGET);
  // Folded even in a quiet window: a long archive can have dozens under way at any moment, and as
  // rows of their own they would bury the window's events.
  if (ongoing.length <= request.maxPerBin) {
    for (const entry of ongoing) items.push({ kind: 'event', id: entry.id });
  } else {
    let lastEnd = -Infinity;
    for (const entry of ongoing) lastEnd = Math.max(lastEnd, entry.end!);
    items.push({
      ...clusterOf(ongoing),
      id: `${CLUSTER_ID_PREFIX}ongoing`,
      start: coveredStart,
      end: Math.min(lastEnd, coveredEnd),
      ongoing: true,
    });
  }
  // The entries are sorted by start, so each bin's are a run found by two binary searches: a
  // folded bin costs the same whether it holds ten events or ten thousand (a lane of 30,000).
  const firstBin = Math.round(coveredStart / binMs);
  const endBin = Math.round(coveredEnd / binMs);
  let from = index.lowerBound(coveredStart);
  for (let bin = firstBin; bin < endBin && from < index.size; bin++) {
    const to = index.lowerBound((bin + 1) * binMs);
    const members = runWithout(index.entries, from, to, selectedAt);
    from = to;
    if (members.count === 0) continue;
    if (clusterNothing || members.count <= request.maxPerBin) {
      for (const entry of members.list()) items.push({ kind: 'event', id: entry.id });
      continue;
    }
    items.push({
      kind: 'cluster',
      count: members.count,
      first: members.first,
      last: members.last,
      id: `${CLUSTER_ID_PREFIX}${binMs / DAY_MS}/${bin}`,
      start: bin * binMs,
      end: (bin + 1) * binMs,
      ongoing: false,
    });
  }
  return { items, coveredStart, coveredEnd, binMs };
}

/**
 * The entries from `from` to `to` (sorted by start) less the one at `skip` (the selected, drawn
 * apart), counted and bounded without being copied; listed only when drawn one by one.
 */
function runWithout(
  entries: readonly TimelineEntry[],
  from: number,
  to: number,
  skip: number,
): { count: number; first: number; last: number; list: () => TimelineEntry[] } {
  const first = from === skip ? from + 1 : from;
  const end = to - 1 === skip ? to - 1 : to;
  // Left inside the run (not at either end), it is one fewer to count.
  const count = Math.max(0, end - first) - (skip >= first && skip < end ? 1 : 0);
  return {
    count,
    first: count > 0 ? entries[first]!.start : Infinity,
    last: count > 0 ? entries[end - 1]!.start : -Infinity,
    list: () => entries.slice(first, end).filter((_, i) => first + i !== skip),
  };
}

function clusterOf(members: readonly TimelineEntry[]): {
  kind: 'cluster';
  count: number;
  first: number;
  last: number;
} {
  let first = Infinity;
  let last = -Infinity;
  for (const entry of members) {
    first = Math.min(first, entry.start);
    last = Math.max(last, entry.start);
  }
  return { kind: 'cluster', count: members.length, first, last };
}
