// Where an event sits in time: the instants the timeline draws it at and the order events are walked in.
// Partial dates are mapped deliberately: a point sits in the middle of the period its precision
// covers (mid-year for "2021", noon UTC for a day), never silently at 1 January midnight. A date
// known only by its bounds is drawn ending at the latest instant it can have been (the "before"
// bound, or when the reports of it were published), reaching back toward its earliest: never as if
// it happened at a bound. An undated event (not even a bound) sits nowhere: it is walked after
// every dated one.
import type { Dataset, EventDate, Source, TimelineEvent } from '../../../schema/dataset';
import { isUndated } from '../../../schema/undated';
import { partialDateInterval } from '../../../schema/partialDate';
import { datasetLookups } from '../datasetLookups';
import { recordsById } from '../recordsById';

/** The range a bounded date can lie in, for drawing it as a range and saying why it is drawn there. */
export interface PossibleRange {
  /** The end of the "after" bound; null when the text gives none (the range is open toward the past). */
  earliest: number | null;
  /** The latest instant it can have been. */
  latest: number;
  /** What holds the latest end: the "before" bound, or the publication of the reports of it. */
  latestFrom: 'before' | 'reported';
}

export interface EventPlacement {
  /** Epoch ms of the point, or of the start of a span; for a bounded date, its latest instant. */
  start: number;
  /** Epoch ms of the end of a span; absent for a point. */
  end?: number;
  /** Only for a date known by its bounds: drawn as a label ending at `start`, reaching back to `earliest`. */
  possible?: PossibleRange;
}

const midpoint = (value: string): number => {
  const { start, end } = partialDateInterval(value);
  return start + (end - start) / 2;
};

/** When an event was first reported after an instant (epoch ms), if known. */
export type FirstReport = (after: number) => number | null;

/**
 * Where the timeline draws a date; null for an undated event, which it never draws. An event
 * happened by its first report, so the first report after an "after" bound closes it when the text
 * gives no "before".
 */
export function placeEventDate(
  date: EventDate,
  firstReport: FirstReport = () => null,
): EventPlacement | null {
  if (date.basis === 'bounded') {
    const earliest = date.after !== undefined ? partialDateInterval(date.after).end : null;
    if (date.before !== undefined) {
      const latest = partialDateInterval(date.before).start;
      return { start: latest, possible: { earliest, latest, latestFrom: 'before' } };
    }
    if (earliest === null) return null;
    // Never reported after the bound (a careless source date, or none): a year on, still not at it.
    const latest = firstReport(earliest) ?? earliest + YEAR_MS;
    return { start: latest, possible: { earliest, latest, latestFrom: 'reported' } };
  }
  if (date.end === undefined || date.end === date.start) return { start: midpoint(date.start) };
  return {
    start: partialDateInterval(date.start).start,
    end: partialDateInterval(date.end).end,
  };
}

const YEAR_MS = 365.25 * 86_400_000;

/**
 * When each event was first reported after an instant: the earliest publication of its sources
 * after it, else the latest date anything in the dataset is known from (an undated source was
 * still published by then), if that is after it. Only an event known by an "after" bound alone
 * asks, so each date is read when first asked for, not the whole dataset's up front.
 */
export function reportDates(dataset: Dataset): (event: TimelineEvent) => FirstReport {
  const published = publicationDates(dataset.sources);
  let horizon: number | null = null;
  const knownUntil = (): number => {
    if (horizon !== null) return horizon;
    horizon = published.latest();
    for (const { date } of dataset.events) {
      if (date.basis !== 'bounded')
        horizon = Math.max(horizon, partialDateInterval(date.end ?? date.start).end);
    }
    return horizon;
  };
  return (event) => (after) => {
    let first = Infinity;
    for (const { sourceId } of event.sources) {
      const instant = published.of(sourceId);
      if (instant !== null && instant > after) first = Math.min(first, instant);
    }
    if (first !== Infinity) return first;
    const known = knownUntil();
    return known > after ? known : null;
  };
}

interface PublicationDates {
  /** When the source was published (the end of its date), null if undated or unknown. */
  of: (sourceId: string) => number | null;
  /** The latest of them (-Infinity if none). */
  latest: () => number;
}

const publicationCache = new WeakMap<readonly Source[], PublicationDates>();

/**
 * Sources' publication dates, each read when first asked for and kept per list of sources, which a
 * dataset shown as it arrives shares between its parts (25,000 sources' dates read for each part
 * cost more than placing its events).
 */
function publicationDates(sources: readonly Source[]): PublicationDates {
  const cached = publicationCache.get(sources);
  if (cached) return cached;
  const ends = new Map<string, number | null>();
  const endOf = (source: Source | undefined): number | null =>
    source?.published == null ? null : partialDateInterval(source.published).end;
  let latest: number | null = null;
  const dates: PublicationDates = {
    of: (sourceId) => {
      let end = ends.get(sourceId);
      if (end === undefined) {
        end = endOf(recordsById(sources).get(sourceId));
        ends.set(sourceId, end);
      }
      return end;
    },
    latest: () =>
      (latest ??= sources.reduce((last, source) => Math.max(last, endOf(source) ?? -Infinity), -Infinity)),
  };
  publicationCache.set(sources, dates);
  return dates;
}

/** An event's place on the timeline, by id: what the timeline indexes. */
export interface PlacedEvent {
  id: string;
  start: number;
  end?: number;
  /** A date known only by its bounds: its label ends at `start` instead of being centred on it. */
  endsAtStart?: true;
}

export interface Chronology {
  /** Where each dated event is drawn, by id. */
  placements: ReadonlyMap<string, EventPlacement>;
  /**
   * All events: the dated ones in date order (ties by title, then id), then the undated ones by
   * title, then id. Every filtered list keeps this order, so its undated events are its tail.
   */
  events: readonly TimelineEvent[];
  /** Where each dated event sits: `placed[i]` is `events[i]`'s, for the first `placed.length` events. */
  placed: readonly PlacedEvent[];
  /** Each event's index in `events`: finds an event in any list in this order without a scan. */
  rank: ReadonlyMap<TimelineEvent, number>;
}

const chronologyCache = new WeakMap<Dataset, Chronology>();

const placedAtCache = new WeakMap<readonly unknown[], WeakMap<readonly number[], readonly unknown[]>>();

/**
 * The dated events (`placed`, the chronology's) at these positions in the chronology, ascending;
 * undated ones (its tail) are left out. Built once per list of positions: filtering by an actor
 * again gives that actor's own list, and so the same events, whose timeline index is built already.
 */
export function placedAt<T>(placed: readonly T[], positions: readonly number[]): readonly T[] {
  let byPositions = placedAtCache.get(placed);
  if (!byPositions) placedAtCache.set(placed, (byPositions = new WeakMap()));
  const cached = byPositions.get(positions) as readonly T[] | undefined;
  if (cached) return cached;
  const events: T[] = [];
  for (const position of positions) {
    if (position >= placed.length) break;
    events.push(placed[position]!);
  }
  byPositions.set(positions, events);
  return events;
}
const titleOrder = new Intl.Collator();

/** The events in date order with their places, computed once per dataset. */
export function chronology(dataset: Dataset): Chronology {
  const cached = chronologyCache.get(dataset);
  if (cached) return cached;
  const dated: { event: TimelineEvent; placement: EventPlacement }[] = [];
  const undated: TimelineEvent[] = [];
  const firstReportOf = reportDates(dataset);
  for (const event of dataset.events) {
    const placement = placeEventDate(event.date, firstReportOf(event));
    if (placement) dated.push({ event, placement });
    else undated.push(event);
  }
  dated.sort((a, b) => a.placement.start - b.placement.start || byTitleThenId(a.event, b.event));
  undated.sort(byTitleThenId);
  const events = [...dated.map(({ event }) => event), ...undated];
  const result: Chronology = {
    placements: new Map(dated.map(({ event, placement }) => [event.id, placement])),
    events,
    rank: new Map(events.map((event, index) => [event, index])),
    placed: dated.map(({ event, placement: { start, end, possible } }): PlacedEvent => {
      if (end !== undefined) return { id: event.id, start, end };
      return possible ? { id: event.id, start, endsAtStart: true } : { id: event.id, start };
    }),
  };
  chronologyCache.set(dataset, result);
  return result;
}

function byTitleThenId(a: TimelineEvent, b: TimelineEvent): number {
  return titleOrder.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Where the undated events begin in a list in the chronology's order (the chronology or a filter
 * of it): they are its tail, so this looks at them only, not at the dated events before them.
 */
export function firstUndatedIndex(events: readonly TimelineEvent[]): number {
  let index = events.length;
  while (index > 0 && isUndated(events[index - 1]!.date)) index--;
  return index;
}

/**
 * Where the event with this id is in `events`, a list in the chronology's order (the chronology or
 * a filter of it), or -1: a binary search by rank, so opening an event among 100,000 costs no scan.
 */
export function indexInChronologicalList(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  eventId: string | null,
): number {
  const { rank } = chronology(dataset);
  const event = eventId === null ? undefined : datasetLookups(dataset).eventsById.get(eventId);
  const wanted = event === undefined ? undefined : rank.get(event);
  if (wanted === undefined) return -1;
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((rank.get(events[middle]!) ?? -1) < wanted) low = middle + 1;
    else high = middle;
  }
  return events[low] === event ? low : -1;
}

/** All events in date order (ties by title, then id), the undated last; computed once per dataset. */
export function chronologicalEvents(dataset: Dataset): readonly TimelineEvent[] {
  return chronology(dataset).events;
}
