import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TimelineIndex,
  UNCLUSTERED_BUDGET,
  binWidthMs,
  isClusterId,
  windowContent,
  type DisplayItem,
  type TimelineEntry,
  type WindowRequest,
} from './timelineWindow';

const DAY = 86_400_000;
const day = (n: number) => Date.UTC(2000, 0, 1) + n * DAY;

/** `count` points, `perDay` a day from 1 Jan 2000. */
function points(count: number, perDay = 1): TimelineEntry[] {
  return Array.from({ length: count }, (_, i) => ({ id: `e${i}`, start: day(Math.floor(i / perDay)) }));
}

const request = (start: number, end: number, extra: Partial<WindowRequest> = {}): WindowRequest => ({
  start,
  end,
  widthPx: 1000,
  selected: null,
  maxPerBin: 4,
  atMaxZoom: false,
  ...extra,
});

const eventIds = (items: DisplayItem[]) =>
  items.filter((item) => item.kind === 'event').map((item) => item.id);
const clusters = (items: DisplayItem[]) =>
  items.filter((item): item is Extract<DisplayItem, { kind: 'cluster' }> => item.kind === 'cluster');

describe('windowContent', () => {
  it('hands over every event of a sparse window as itself, and nothing far outside it', () => {
    const index = new TimelineIndex(points(400));
    const content = windowContent(index, request(day(100), day(130)));
    expect(clusters(content.items)).toEqual([]);
    const ids = eventIds(content.items);
    // The window and one window-width of margin on each side, to whole bins.
    expect(ids).toContain('e70');
    expect(ids).toContain('e159');
    expect(ids).not.toContain('e50');
    expect(ids).not.toContain('e200');
  });

  it('clusters nothing while the covered span holds few enough events to draw them all', () => {
    const index = new TimelineIndex(points(UNCLUSTERED_BUDGET, UNCLUSTERED_BUDGET));
    const content = windowContent(index, request(day(0), day(1000)));
    expect(clusters(content.items)).toEqual([]);
    expect(eventIds(content.items)).toHaveLength(UNCLUSTERED_BUDGET);
  });

  it('folds a dense period into clusters whose counts add up to every event they stand for', () => {
    const index = new TimelineIndex(points(100_000, 20));
    const content = windowContent(index, request(day(0), day(5000)));
    expect(content.items.length).toBeLessThan(100);
    const counted = clusters(content.items).reduce((sum, cluster) => sum + cluster.count, 0);
    expect(counted + eventIds(content.items).length).toBe(100_000);
    for (const cluster of clusters(content.items)) {
      expect(isClusterId(cluster.id)).toBe(true);
      expect(cluster.first).toBeGreaterThanOrEqual(cluster.start);
      expect(cluster.last).toBeLessThan(cluster.end);
    }
  });

  it('keeps each cluster and its count while the window pans within the same scale', () => {
    const index = new TimelineIndex(points(20_000, 10));
    const before = windowContent(index, request(day(0), day(1000)));
    const after = windowContent(index, request(day(60), day(1060)));
    expect(after.binMs).toBe(before.binMs);
    const byId = new Map(clusters(before.items).map((cluster) => [cluster.id, cluster.count]));
    const shared = clusters(after.items).filter((cluster) => byId.has(cluster.id));
    expect(shared.length).toBeGreaterThan(5);
    for (const cluster of shared) expect(cluster.count).toBe(byId.get(cluster.id));
  });

  it('draws the selected event as itself, outside the cluster it would be in', () => {
    const index = new TimelineIndex(points(1_000, 50));
    const selected = index.find('e500', day(10))!;
    const content = windowContent(index, request(day(0), day(20), { selected }));
    expect(eventIds(content.items)).toContain('e500');
    const counted = clusters(content.items).reduce((sum, cluster) => sum + cluster.count, 0);
    expect(counted).toBe(999);
  });

  it('clusters nothing at the deepest zoom, where zooming in cannot split a cluster', () => {
    const index = new TimelineIndex(points(300, 30));
    const content = windowContent(index, request(day(0), day(14), { atMaxZoom: true }));
    expect(clusters(content.items)).toEqual([]);
    expect(eventIds(content.items)).toHaveLength(300);
  });

  it('counts a span that started before the window and is still going', () => {
    const entries = [
      { id: 'war', start: day(0), end: day(3000) },
      ...points(10).map((entry, i) => ({ ...entry, id: `late${i}`, start: day(2000 + i) })),
    ];
    const content = windowContent(new TimelineIndex(entries), request(day(1990), day(2020)));
    expect(eventIds(content.items)).toContain('war');
  });

  it('folds many spans still under way from before the window into one cluster', () => {
    const spans = Array.from({ length: 30 }, (_, i) => ({
      id: `term${i}`,
      start: day(i),
      end: day(5000 + i),
    }));
    // Ten events a day for 300 days: more than the timeline draws unclustered.
    const daily = points(3_000, 10).map((entry) => ({ ...entry, start: entry.start + day(2900) - day(0) }));
    const busy = windowContent(new TimelineIndex([...spans, ...daily]), request(day(2990), day(3020)));
    const ongoing = clusters(busy.items).filter((cluster) => cluster.ongoing);
    expect(ongoing).toEqual([
      expect.objectContaining({ ongoing: true, count: 30, first: day(0), last: day(29) }),
    ]);
    expect(eventIds(busy.items).filter((id) => id.startsWith('term'))).toEqual([]);
    // A few spans are drawn one by one, even in a busy window.
    const few = windowContent(
      new TimelineIndex([...spans.slice(0, 3), ...daily]),
      request(day(2990), day(3020)),
    );
    expect(clusters(few.items).filter((cluster) => cluster.ongoing)).toEqual([]);
    expect(eventIds(few.items).filter((id) => id.startsWith('term'))).toHaveLength(3);
  });

  it('never loses or repeats an event, whatever the window, density and spans', () => {
    const entry = fc.record({
      start: fc.integer({ min: 0, max: 3_000 }),
      days: fc.option(fc.integer({ min: 1, max: 2_000 }), { freq: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 0, max: 3_000 }),
        fc.integer({ min: 1, max: 3_000 }),
        fc.integer({ min: 1, max: 6 }),
        (drawn, from, length, maxPerBin) => {
          const entries: TimelineEntry[] = [...drawn]
            .sort((a, b) => a.start - b.start)
            .map(({ start, days }, i) => ({
              id: `e${i}`,
              start: day(start),
              ...(days === null ? {} : { end: day(start + days) }),
            }));
          const content = windowContent(
            new TimelineIndex(entries),
            request(day(from), day(from + length), { maxPerBin }),
          );
          const { coveredStart, coveredEnd } = content;
          const expected = entries.filter(
            ({ start, end }) =>
              (start >= coveredStart && start < coveredEnd) ||
              (start < coveredStart && end !== undefined && end >= coveredStart),
          );
          const ids = eventIds(content.items);
          expect(new Set(ids).size).toBe(ids.length);
          const counted = clusters(content.items).reduce((sum, cluster) => sum + cluster.count, 0);
          expect(ids.length + counted).toBe(expected.length);
        },
      ),
    );
  });
  it('draws what a walk over every covered event draws, the selected one apart', () => {
    // The model: each covered entry put in its bin one by one (what windowContent did before it
    // found each bin's run by binary search), ongoing spans left to the test above.
    const walked = (
      entries: TimelineEntry[],
      req: WindowRequest,
      content: { coveredStart: number; coveredEnd: number; binMs: number },
    ) => {
      const bins = new Map<number, TimelineEntry[]>();
      for (const entry of entries) {
        if (entry.start < content.coveredStart || entry.start >= content.coveredEnd || entry === req.selected)
          continue;
        const bin = Math.floor(entry.start / content.binMs);
        bins.set(bin, [...(bins.get(bin) ?? []), entry]);
      }
      return [...bins].map(([bin, members]) => ({
        bin,
        ids: members.map((entry) => entry.id),
        first: members[0]!.start,
        last: members.at(-1)!.start,
      }));
    };
    const BUDGET = 8;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 1, maxLength: 600, size: 'medium' }),
        fc.integer({ min: 0, max: 1_000 }),
        fc.integer({ min: 1, max: 2_000 }),
        fc.integer({ min: 1, max: 6 }),
        fc.nat(),
        fc.boolean(),
        (starts, from, length, maxPerBin, pick, withSelection) => {
          const entries = [...starts]
            .sort((a, b) => a - b)
            .map((start, i) => ({ id: `e${i}`, start: day(start) }));
          const selected = withSelection ? entries[pick % entries.length]! : null;
          const req = request(day(from), day(from + length), { maxPerBin, selected, budget: BUDGET });
          const content = windowContent(new TimelineIndex(entries), req);
          const model = walked(entries, req, content);
          const total = model.reduce((sum, bin) => sum + bin.ids.length, 0);
          const expected: DisplayItem[] = selected ? [{ kind: 'event', id: selected.id }] : [];
          for (const { bin, ids, first, last } of model) {
            if (total <= BUDGET || ids.length <= maxPerBin)
              expected.push(...ids.map((id) => ({ kind: 'event' as const, id })));
            else
              expected.push({
                kind: 'cluster',
                id: `~cluster/${content.binMs / DAY}/${bin}`,
                count: ids.length,
                first,
                last,
                start: bin * content.binMs,
                end: (bin + 1) * content.binMs,
                ongoing: false,
              });
          }
          expect(content.items).toEqual(expected);
        },
      ),
    );
  });
});

describe('TimelineIndex', () => {
  it('finds an event by its id and start, and not one the filter left out', () => {
    const index = new TimelineIndex(points(100, 10).filter((entry) => entry.id !== 'e42'));
    expect(index.find('e41', day(4))).toEqual({ id: 'e41', start: day(4) });
    expect(index.find('e42', day(4))).toBeUndefined();
    expect(index.find('e41', day(5))).toBeUndefined();
  });

  it('refuses entries out of order, which would break its binary search', () => {
    expect(
      () =>
        new TimelineIndex([
          { id: 'b', start: 2 },
          { id: 'a', start: 1 },
        ]),
    ).toThrow(RangeError);
  });

  it('spans from the first start to the latest end, spans included', () => {
    const index = new TimelineIndex([
      { id: 'a', start: 10, end: 500 },
      { id: 'b', start: 20 },
    ]);
    expect(index.extent()).toEqual({ start: 10, end: 500, lastPoint: 20, firstPoint: 20 });
    expect(new TimelineIndex([]).extent()).toBeNull();
  });

  it('names the first and last single dates, drawn as centred labels', () => {
    const index = new TimelineIndex([
      { id: 'a', start: 5, end: 50 },
      { id: 'b', start: 10 },
      { id: 'c', start: 20, end: 30 },
      { id: 'd', start: 40 },
    ]);
    expect(index.extent()).toEqual({ start: 5, end: 50, firstPoint: 10, lastPoint: 40 });
    expect(new TimelineIndex([{ id: 'a', start: 5, end: 50 }]).extent()).toEqual({ start: 5, end: 50 });
  });
});

describe('binWidthMs', () => {
  it('is a power of two of days, never under a day', () => {
    expect(binWidthMs(1)).toBe(DAY);
    const width = binWidthMs((365 * DAY) / 100);
    expect(Math.log2(width / DAY) % 1).toBe(0);
  });
});
