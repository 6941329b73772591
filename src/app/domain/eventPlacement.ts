// Where an event sits in time: the instants the timeline draws it at and the order events are walked in.
// Partial dates are mapped deliberately: a point sits in the middle of the period its precision
// covers (mid-year for "2021", noon UTC for a day), never silently at 1 January midnight. An
// undated event (no date, not even a bound) sits nowhere: it is walked after every dated one.
import { isUndated, type Dataset, type EventDate, type TimelineEvent } from '../../schema/dataset';
import { partialDateInterval } from '../../schema/partialDate';

export interface EventPlacement {
  /** Epoch ms of the point, or of the start of a span. */
  start: number;
  /** Epoch ms of the end of a span; absent for a point. */
  end?: number;
  /** True when the text gives only a bound, so the point marks that bound rather than the date. */
  atBound: boolean;
}

const midpoint = (value: string): number => {
  const { start, end } = partialDateInterval(value);
  return start + (end - start) / 2;
};

/** Where the timeline draws a date; null for an undated event, which it never draws. */
export function placeEventDate(date: EventDate): EventPlacement | null {
  if (date.basis === 'bounded') {
    // The nearest known bound: "before X" sits at the start of X, "after X" at its end.
    if (date.before !== undefined) return { start: partialDateInterval(date.before).start, atBound: true };
    if (date.after !== undefined) return { start: partialDateInterval(date.after).end, atBound: true };
    return null;
  }
  if (date.end === undefined || date.end === date.start)
    return { start: midpoint(date.start), atBound: false };
  return {
    start: partialDateInterval(date.start).start,
    end: partialDateInterval(date.end).end,
    atBound: false,
  };
}

/** An event's place on the timeline, by id: what the timeline indexes. */
export interface PlacedEvent {
  id: string;
  start: number;
  end?: number;
}

export interface Chronology {
  /**
   * All events: the dated ones in date order (ties by title, then id), then the undated ones by
   * title, then id. Every filtered list keeps this order, so its undated events are its tail.
   */
  events: readonly TimelineEvent[];
  /** Where each dated event sits: `placed[i]` is `events[i]`'s, for the first `placed.length` events. */
  placed: readonly PlacedEvent[];
}

const chronologyCache = new WeakMap<Dataset, Chronology>();
const titleOrder = new Intl.Collator();

/** The events in date order with their places, computed once per dataset. */
export function chronology(dataset: Dataset): Chronology {
  const cached = chronologyCache.get(dataset);
  if (cached) return cached;
  const dated: { event: TimelineEvent; placement: EventPlacement }[] = [];
  const undated: TimelineEvent[] = [];
  for (const event of dataset.events) {
    const placement = placeEventDate(event.date);
    if (placement) dated.push({ event, placement });
    else undated.push(event);
  }
  dated.sort((a, b) => a.placement.start - b.placement.start || byTitleThenId(a.event, b.event));
  undated.sort(byTitleThenId);
  const result: Chronology = {
    events: [...dated.map(({ event }) => event), ...undated],
    placed: dated.map(({ event, placement: { start, end } }) =>
      end === undefined ? { id: event.id, start } : { id: event.id, start, end },
    ),
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

/** All events in date order (ties by title, then id), the undated last; computed once per dataset. */
export function chronologicalEvents(dataset: Dataset): readonly TimelineEvent[] {
  return chronology(dataset).events;
}
