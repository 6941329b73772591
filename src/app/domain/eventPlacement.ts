// Where an event sits in time: the instants the timeline draws it at and the order events are walked in.
// Partial dates are mapped deliberately: a point sits in the middle of the period its precision
// covers (mid-year for "2021", noon UTC for a day), never silently at 1 January midnight.
import type { Dataset, EventDate, TimelineEvent } from '../../schema/dataset';
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

export function placeEventDate(date: EventDate): EventPlacement {
  if (date.basis === 'bounded') {
    // The nearest known bound: "before X" sits at the start of X, "after X" at its end.
    if (date.before !== undefined) return { start: partialDateInterval(date.before).start, atBound: true };
    return { start: partialDateInterval(date.after ?? '').end, atBound: true };
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
  /** All events in date order (ties by title, then id). */
  events: readonly TimelineEvent[];
  /** Where each of them sits, in the same order. */
  placed: readonly PlacedEvent[];
}

const chronologyCache = new WeakMap<Dataset, Chronology>();
const titleOrder = new Intl.Collator();

/** The events in date order with their places, computed once per dataset. */
export function chronology(dataset: Dataset): Chronology {
  const cached = chronologyCache.get(dataset);
  if (cached) return cached;
  const keyed = dataset.events.map((event) => ({ event, placement: placeEventDate(event.date) }));
  keyed.sort(
    (a, b) =>
      a.placement.start - b.placement.start ||
      titleOrder.compare(a.event.title, b.event.title) ||
      (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
  );
  const result: Chronology = {
    events: keyed.map(({ event }) => event),
    placed: keyed.map(({ event, placement: { start, end } }) =>
      end === undefined ? { id: event.id, start } : { id: event.id, start, end },
    ),
  };
  chronologyCache.set(dataset, result);
  return result;
}

/** All events in date order (ties by title, then id), computed once per dataset. */
export function chronologicalEvents(dataset: Dataset): readonly TimelineEvent[] {
  return chronology(dataset).events;
}
