import { describe, expect, it } from 'vitest';
import type { Dataset, EventDate, TimelineEvent } from '../../../schema/dataset';
import {
  placedAt,
  chronology,
  chronologicalEvents,
  firstUndatedIndex,
  indexInChronologicalList,
  placeEventDate,
  reportDates,
} from './eventPlacement';

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

  it('draws a date known only as "before" a bound as ending at that bound, never at it', () => {
    const both = placed({ basis: 'bounded', after: '2021', before: '2025-03-28', phrase: null });
    expect(new Date(both.start).toISOString()).toBe('2025-03-28T00:00:00.000Z');
    expect(both.possible).toEqual({
      earliest: Date.parse('2022-01-01T00:00:00Z'),
      latest: Date.parse('2025-03-28T00:00:00Z'),
      latestFrom: 'before',
    });
    expect(placed({ basis: 'bounded', before: '2025-03', phrase: null }).possible?.earliest).toBeNull();
  });

  it('draws "after" a bound as reaching from it to when it was reported', () => {
    const reported = Date.parse('2025-04-01T00:00:00Z');
    const after = placeEventDate({ basis: 'bounded', after: '2021', phrase: null }, () => reported);
    expect(after?.start).toBe(reported);
    expect(after?.possible).toEqual({
      earliest: Date.parse('2022-01-01T00:00:00Z'),
      latest: reported,
      latestFrom: 'reported',
    });
    // Never reported, or reported before the bound: a year on, still never at the bound itself.
    const unreported = placed({ basis: 'bounded', after: '2021', phrase: null });
    expect(unreported.start).toBeGreaterThan(Date.parse('2022-12-31T00:00:00Z'));
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
      event('b1', 'B', { basis: 'bounded', after: '2021', before: '2022-06', phrase: null }),
    ],
    sources: [],
  } as unknown as Dataset;

  it('orders by date, then title, then id, and caches per dataset', () => {
    const ordered = chronologicalEvents(dataset);
    // b1 sits by its "before" bound; b2 ("after 2021", its source undated) by the latest date known.
    expect(ordered.map((e) => e.id)).toEqual(['a', 'b1', 'c', 'b2']);
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
    sources: [],
    actors: [],
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

  it('finds an event in the chronology and in any filter of it, and says when it is not there', () => {
    const { events } = chronology(dataset);
    const ids = events.map((e) => e.id);
    for (const id of ids) expect(indexInChronologicalList(dataset, events, id)).toBe(ids.indexOf(id));
    const filtered = [events[0]!, events[2]!, events[3]!];
    expect(indexInChronologicalList(dataset, filtered, 'a-raid')).toBe(1);
    expect(indexInChronologicalList(dataset, filtered, 'z-vote')).toBe(2);
    expect(indexInChronologicalList(dataset, filtered, 'talks')).toBe(-1); // filtered out
    expect(indexInChronologicalList(dataset, filtered, 'no-such-event')).toBe(-1);
    expect(indexInChronologicalList(dataset, filtered, null)).toBe(-1);
    expect(indexInChronologicalList(dataset, [], 'talks')).toBe(-1);
  });
});

describe('reportDates', () => {
  const event = (id: string, sourceIds: string[]): TimelineEvent => ({
    id,
    title: id,
    summary: 's',
    date: { basis: 'bounded', after: '2019', phrase: null },
    actorIds: [],
    quotes: [],
    paraphrases: [],
    sources: sourceIds.map((sourceId) => ({ sourceId, excerpt: 'x' })),
  });
  const source = (id: string, published: string | null) => ({
    id,
    published,
    publisher: null,
    title: null,
    url: null,
  });
  const dataset = {
    events: [
      event('dated-source', ['monday', 'undated']),
      event('undated-source', ['undated']),
      {
        ...event('stated', []),
        date: { basis: 'stated', start: '2024-02', approximate: false, phrase: 'x' },
      },
    ],
    sources: [source('monday', '2023-05-08'), source('undated', null)],
  } as unknown as Dataset;

  it('takes the first publication of the event’s own sources after the bound, else the latest date known', () => {
    const firstReport = reportDates(dataset);
    const after2019 = Date.parse('2020-01-01T00:00:00Z');
    expect(firstReport(dataset.events[0]!)(after2019)).toBe(Date.parse('2023-05-09T00:00:00Z'));
    expect(firstReport(dataset.events[1]!)(after2019)).toBe(Date.parse('2024-03-01T00:00:00Z'));
    // Nothing known after the bound: no report closes it.
    expect(firstReport(dataset.events[1]!)(Date.parse('2030-01-01T00:00:00Z'))).toBeNull();
  });

  it('takes the earliest of several reports after the bound: the event happened by the first', () => {
    const twice = {
      ...dataset,
      sources: [
        ...dataset.sources,
        { id: 'later', published: '2024-01-10', publisher: null, title: null, url: null },
      ],
      events: [
        {
          ...dataset.events[0]!,
          sources: [
            { sourceId: 'later', excerpt: 'x' },
            { sourceId: 'monday', excerpt: 'x' },
          ],
        },
      ],
    } as unknown as Dataset;
    expect(reportDates(twice)(twice.events[0]!)(Date.parse('2020-01-01T00:00:00Z'))).toBe(
      Date.parse('2023-05-09T00:00:00Z'),
    );
  });
});

describe('placedAt', () => {
  it('gives the dated events at the positions, leaves the undated tail out, and builds each list once', () => {
    const placed = ['a', 'b', 'c'];
    const positions = [0, 2, 3, 4]; // 3 and 4: undated, past the placed events
    expect(placedAt(placed, positions)).toEqual(['a', 'c']);
    expect(placedAt(placed, positions)).toBe(placedAt(placed, positions));
    expect(placedAt(placed, [0, 2])).not.toBe(placedAt(placed, positions));
  });
});
