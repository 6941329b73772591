import { describe, expect, it } from 'vitest';
import type { Dataset, EventDate, TimelineEvent } from '../../schema/dataset';
import { chronology, chronologicalEvents, firstUndatedIndex, placeEventDate } from './eventPlacement';

/** Where a date the test knows to be placeable sits. */
function placed(date: EventDate) {
  const placement = placeEventDate(date);
  if (!placement) throw new Error('expected a placed date');
  return placement;
}

describe('placeEventDate', () => {
  it('puts a point in the middle of the period its precision covers', () => {
    const day = placed({ basis: 'stated', start: '2025-03-28', approximate: false, phrase: 'x' });
    expect(new Date(day.start).toISOString()).toBe('2025-03-28T12:00:00.000Z');
    const year = placed({ basis: 'stated', start: '2021', approximate: false, phrase: 'x' });
    expect(new Date(year.start).toISOString()).toBe('2021-07-02T12:00:00.000Z');
    expect(year.end).toBeUndefined();
  });

  it('spans from the start of the first period to the end of the last', () => {
    const span = placed({
      basis: 'stated',
      start: '2001',
      end: '2021',
      approximate: true,
      phrase: 'x',
    });
    expect(new Date(span.start).toISOString()).toBe('2001-01-01T00:00:00.000Z');
    expect(new Date(span.end ?? 0).toISOString()).toBe('2022-01-01T00:00:00.000Z');
  });

  it('puts a bounded event at its nearest known bound and says so', () => {
    const before = placed({ basis: 'bounded', after: '2021', before: '2025-03-28', phrase: null });
    expect(new Date(before.start).toISOString()).toBe('2025-03-28T00:00:00.000Z');
    expect(before.atBound).toBe(true);
    const after = placed({ basis: 'bounded', after: '2021', phrase: null });
    expect(new Date(after.start).toISOString()).toBe('2022-01-01T00:00:00.000Z');
  });

  it('places an undated event nowhere rather than at an invented date', () => {
    expect(placeEventDate({ basis: 'bounded', phrase: null })).toBeNull();
    expect(
      placeEventDate({ basis: 'bounded', phrase: 'one morning', reason: 'the article gives no date' }),
    ).toBeNull();
  });
});

describe('chronologicalEvents', () => {
  const event = (id: string, title: string, date: EventDate): TimelineEvent => ({
    id,
    title,
    summary: 's',
    date,
    actorIds: [],
    quotes: [],
    paraphrases: [],
    sources: [{ sourceId: 's', excerpt: 'x' }],
  });
  const dataset = {
    events: [
      event('c', 'C', { basis: 'stated', start: '2025-03-28', approximate: false, phrase: 'x' }),
      event('a', 'A', { basis: 'stated', start: '2021', approximate: false, phrase: 'x' }),
      event('b2', 'B', { basis: 'bounded', after: '2021', phrase: null }),
      event('b1', 'B', { basis: 'bounded', after: '2021', phrase: null }),
    ],
  } as unknown as Dataset;

  it('orders by date, then title, then id, and caches per dataset', () => {
    const ordered = chronologicalEvents(dataset);
    expect(ordered.map((e) => e.id)).toEqual(['a', 'b1', 'b2', 'c']);
    expect(chronologicalEvents(dataset)).toBe(ordered);
  });
});

describe('chronology with undated events', () => {
  const event = (id: string, title: string, date: EventDate): TimelineEvent => ({
    id,
    title,
    summary: 's',
    date,
    actorIds: [],
    quotes: [],
    paraphrases: [],
    sources: [{ sourceId: 's', excerpt: 'x' }],
  });
  const undated = (id: string, title: string): TimelineEvent =>
    event(id, title, { basis: 'bounded', phrase: null, reason: 'the wire copy carries no dateline' });
  const dataset = {
    events: [
      undated('z-vote', 'Vote on the ceasefire'),
      event('talks', 'Talks open', { basis: 'stated', start: '2024-05', approximate: false, phrase: 'x' }),
      undated('a-raid', 'A raid on the depot'),
      event('strike', 'Strike', { basis: 'bounded', before: '2023', phrase: null }),
    ],
  } as unknown as Dataset;

  it('walks the dated events in date order, then the undated ones by title, and places only the dated', () => {
    const { events, placed } = chronology(dataset);
    expect(events.map((e) => e.id)).toEqual(['strike', 'talks', 'a-raid', 'z-vote']);
    expect(placed.map((p) => p.id)).toEqual(['strike', 'talks']);
    expect(placed.every((p) => Number.isFinite(p.start))).toBe(true);
  });

  it('finds where the undated tail of a list begins', () => {
    const { events } = chronology(dataset);
    expect(firstUndatedIndex(events)).toBe(2);
    expect(firstUndatedIndex(events.slice(0, 2))).toBe(2);
    expect(firstUndatedIndex(events.slice(2))).toBe(0);
    expect(firstUndatedIndex([])).toBe(0);
  });
});
