import { describe, expect, it } from 'vitest';
import type { Dataset, EventDate, TimelineEvent } from '../../schema/dataset';
import { chronologicalEvents, placeEventDate } from './eventPlacement';

describe('placeEventDate', () => {
  it('puts a point in the middle of the period its precision covers', () => {
    const day = placeEventDate({ basis: 'stated', start: '2025-03-28', approximate: false, phrase: 'x' });
    expect(new Date(day.start).toISOString()).toBe('2025-03-28T12:00:00.000Z');
    const year = placeEventDate({ basis: 'stated', start: '2021', approximate: false, phrase: 'x' });
    expect(new Date(year.start).toISOString()).toBe('2021-07-02T12:00:00.000Z');
    expect(year.end).toBeUndefined();
  });

  it('spans from the start of the first period to the end of the last', () => {
    const span = placeEventDate({
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
    const before = placeEventDate({ basis: 'bounded', after: '2021', before: '2025-03-28', phrase: null });
    expect(new Date(before.start).toISOString()).toBe('2025-03-28T00:00:00.000Z');
    expect(before.atBound).toBe(true);
    const after = placeEventDate({ basis: 'bounded', after: '2021', phrase: null });
    expect(new Date(after.start).toISOString()).toBe('2022-01-01T00:00:00.000Z');
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
