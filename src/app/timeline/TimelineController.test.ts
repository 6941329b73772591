// The controller against a fake widget: it must touch vis only on change, hand it only what the
// window needs, and survive a double destroy.
import type { DataSet } from 'vis-data/esnext';
import { describe, expect, it, vi } from 'vitest';
import { chronology } from '../model/dates/eventPlacement';
import { datasetFixture, undatedDatasetFixture } from '../../testing/datasetFixture';
import {
  TimelineController,
  type EventDescriber,
  type Scheduler,
  type TimelineWidget,
  type WidgetFactory,
} from './TimelineController';
import { eventDescriber, type TimelineItemRecord } from './timelineItems';
import { toEraItems } from './eraItems';
import type { TimelineEntry } from './timelineWindow';

const DAY = 86_400_000;

/** A stand-in for vis: it keeps a window, reports moves as vis does, and records data changes. */
function fakeWidget() {
  const handlers: Record<string, (properties: never) => void> = {};
  let data: DataSet<TimelineItemRecord, 'id'> | null = null;
  let window = { start: new Date('2020-01-01'), end: new Date('2022-01-01') };
  const emit = (event: string, properties: unknown) => handlers[event]?.(properties as never);
  const widget = {
    on: vi.fn((event: string, callback: (properties: never) => void) => {
      handlers[event] = callback;
    }),
    setSelection: vi.fn(),
    setGroups: vi.fn(),
    setOptions: vi.fn(),
    getWindow: vi.fn(() => window),
    focus: vi.fn(),
    setWindow: vi.fn((start: Date, end: Date, options?: { animation?: boolean }) => {
      void options; // recorded by the mock, for the tests to read
      window = { start, end };
      emit('rangechange', window);
    }),
    redraw: vi.fn(),
    relayout: vi.fn(),
    changeItems: vi.fn((change: () => void) => change()),
    destroy: vi.fn(() => {
      if (data === null) throw new Error('destroyed twice');
      data = null;
    }),
  } satisfies TimelineWidget;
  const changes: string[] = [];
  const factory: WidgetFactory = (_container, items) => {
    data = items;
    items.on('*', (kind: string, properties: { items: (string | number)[] } | null) => {
      if (properties) changes.push(...properties.items.map((id) => `${kind}:${String(id)}`));
    });
    return widget;
  };
  return {
    widget,
    factory,
    changes,
    heldIds: () => (data ? data.getIds().map(String).sort() : []),
    held: () => (data ? data.get() : []),
    emit,
    /** A pan or zoom by the reader: vis moves, then tells. */
    moveTo: (start: number, end: number) => {
      window = { start: new Date(start), end: new Date(end) };
      emit('rangechange', window);
    },
  };
}

const dataset = datasetFixture();
const fixtureEntries: readonly TimelineEntry[] = chronology(dataset).placed;
const describeFixture: EventDescriber = eventDescriber(dataset);

/** `count` events, `perDay` a day from 1 Jan 2000, drawn with a plain label. */
function manyEvents(count: number, perDay: number): { entries: TimelineEntry[]; describe: EventDescriber } {
  const entries = Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    start: Date.UTC(2000, 0, 1) + Math.floor(i / perDay) * DAY,
  }));
  const starts = new Map(entries.map((entry) => [entry.id, entry.start]));
  const describe: EventDescriber = (id) => ({
    id,
    kind: 'event',
    start: new Date(starts.get(id)!),
    type: 'box',
    content: '',
    className: 'nl-item',
    label: id,
    dateLabel: '',
    uncertain: false,
  });
  return { entries, describe };
}

/** Runs what the controller leaves for after the next paint at once (the tests have no frames). */
const runNow: Scheduler = (work) => {
  work();
  return () => {};
};

/** A controller on a fake widget, with these events given to it if any. */
function setup(
  events?: { entries: readonly TimelineEntry[]; describe: EventDescriber },
  later: Scheduler = runNow,
) {
  const fake = fakeWidget();
  const callbacks = { onSelect: vi.fn(), onWindowChange: vi.fn() };
  const controller = new TimelineController({} as HTMLElement, callbacks, fake.factory, later);
  if (events) controller.setEvents(events.entries, events.describe);
  return { fake, callbacks, controller };
}

describe('TimelineController', () => {
  it('leaves vis alone when a timeline that is not tiled is told again it has no tiles', () => {
    const { fake, controller } = setup(manyEvents(2_000, 20));
    const calls = fake.widget.changeItems.mock.calls.length;
    controller.setPlaceholders([]);
    expect(fake.widget.changeItems.mock.calls.length).toBe(calls);
  });

  it('always holds every era band, whatever the window, beside the windowed events and clusters', () => {
    const { fake, controller } = setup(manyEvents(20_000, 20));
    const eras = toEraItems([
      { id: 'first', title: 'First', start: '2000', end: '2000-03' },
      { id: 'last', title: 'Last', start: '2002-06', end: '2002-09' },
    ]);
    controller.setEras(eras);
    const bands = () => fake.heldIds().filter((id) => id.startsWith('~era/'));
    expect(bands()).toEqual(['~era/first', '~era/last']);
    expect(fake.held().find((item) => item.id === '~era/first')).toMatchObject({
      type: 'background',
      selectable: false,
      start: new Date('2000-01-01T00:00Z'),
      end: new Date('2000-04-01T00:00Z'),
    });
    // Far from both eras, zoomed in: the events are windowed, the bands stay.
    fake.moveTo(Date.UTC(2001, 0, 1), Date.UTC(2001, 0, 20));
    expect(bands()).toEqual(['~era/first', '~era/last']);
    expect(fake.heldIds().length).toBeLessThan(2_000);
    // Zoomed out, clusters stand for the events; the bands are still there.
    fake.moveTo(Date.UTC(1999, 0, 1), Date.UTC(2004, 0, 1));
    expect(fake.heldIds().some((id) => id.startsWith('~cluster/'))).toBe(true);
    expect(bands()).toEqual(['~era/first', '~era/last']);
    controller.setEras([]);
    expect(bands()).toEqual([]);
  });

  it('never draws an undated event, even when it is the one opened', () => {
    const withUndated = undatedDatasetFixture();
    const describe = eventDescriber(withUndated);
    const { fake, controller } = setup({ entries: chronology(withUndated).placed, describe });
    expect(fake.heldIds()).toEqual(['bound', 'early', 'late', 'middle']);
    controller.setSelection('late');
    controller.setSelection('ann-visits-the-clinic');
    expect(fake.widget.setSelection).toHaveBeenLastCalledWith([]);
    expect(fake.widget.focus).not.toHaveBeenCalled();
    expect(fake.heldIds()).toEqual(['bound', 'early', 'late', 'middle']);
    expect(fake.held().every((item) => Number.isFinite(item.start.getTime()))).toBe(true);
  });

  it('fits everything once, when the first events arrive', () => {
    const { fake, controller } = setup();
    controller.setEvents(fixtureEntries, describeFixture);
    controller.setEvents([...fixtureEntries], describeFixture);
    expect(fake.heldIds()).toEqual(['bound', 'early', 'late', 'middle']);
    expect(fake.widget.setWindow).toHaveBeenCalledTimes(1);
    const [start, end] = fake.widget.setWindow.mock.calls[0]!;
    expect(start.getTime()).toBeLessThan(fixtureEntries[0]!.start);
    expect(end.getTime()).toBeGreaterThan(fixtureEntries.at(-1)!.start);
  });

  it('fits with room for the labels vis centres on the first and last dates', () => {
    const centred = fixtureEntries.filter((entry) => !entry.endsAtStart);
    const { fake } = setup({ entries: centred, describe: describeFixture });
    const [start, end] = fake.widget.setWindow.mock.calls[0]!;
    const pxPerMs = 1000 / (end.getTime() - start.getTime()); // the default width of a hidden container
    const halfLabelPx = 170;
    expect((centred[0]!.start - start.getTime()) * pxPerMs).toBeGreaterThan(halfLabelPx - 0.01);
    expect((end.getTime() - centred.at(-1)!.start) * pxPerMs).toBeGreaterThan(halfLabelPx - 0.01);
  });

  it('fits a whole label before a first date known by its bounds, whose label ends at its date', () => {
    const first = Date.UTC(2021, 0, 1);
    const entries: TimelineEntry[] = [
      { id: 'bounded', start: first, endsAtStart: true },
      { id: 'later', start: first + 365 * DAY },
    ];
    const { fake } = setup({ entries, describe: manyEvents(0, 1).describe });
    const [start, end] = fake.widget.setWindow.mock.calls[0]!;
    const pxPerMs = 1000 / (end.getTime() - start.getTime());
    expect((first - start.getTime()) * pxPerMs).toBeGreaterThan(2 * 170 - 0.01);
  });

  it('keeps room after the last centred label when the very last date is one known by its bounds', () => {
    const centred = Date.UTC(2025, 2, 28);
    const entries: TimelineEntry[] = [
      { id: 'early', start: Date.UTC(2001, 0, 1) },
      { id: 'centred', start: centred },
      { id: 'bounded', start: centred + 2 * DAY, endsAtStart: true },
    ];
    const { fake } = setup({ entries, describe: manyEvents(0, 1).describe });
    const [start, end] = fake.widget.setWindow.mock.calls[0]!;
    const pxPerMs = 1000 / (end.getTime() - start.getTime());
    expect((end.getTime() - centred) * pxPerMs).toBeGreaterThan(170 - 0.01);
  });

  it('leaves room for the label of a single date just inside the end of a long bar', () => {
    const lastPoint = Date.UTC(2021, 8, 1);
    const entries = [
      { id: 'war', start: Date.UTC(2001, 0, 1), end: Date.UTC(2021, 11, 31) },
      { id: 'gate', start: Date.UTC(2021, 7, 26) },
      { id: 'last', start: lastPoint },
    ];
    const { fake } = setup({ entries, describe: () => null });
    const [start, end] = fake.widget.setWindow.mock.calls[0]!;
    const pxPerMs = 1000 / (end.getTime() - start.getTime());
    expect((end.getTime() - lastPoint) * pxPerMs).toBeGreaterThan(170 - 0.01);
    expect(end.getTime()).toBeGreaterThan(Date.UTC(2021, 11, 31));
  });

  it('leaves no label room before a first event that is a bar, which starts at its date', () => {
    const first = { id: 'span', start: Date.UTC(2000, 0, 1), end: Date.UTC(2001, 0, 1) };
    const { fake } = setup({
      entries: [first, { id: 'point', start: Date.UTC(2002, 0, 1) }],
      describe: () => null,
    });
    const [start, end] = fake.widget.setWindow.mock.calls[0]!;
    const pxPerMs = 1000 / (end.getTime() - start.getTime());
    expect((first.start - start.getTime()) * pxPerMs).toBeLessThan(100);
  });

  it('filters by the events it is given, touching only those that come and go', () => {
    const { fake, controller } = setup();
    controller.setEvents(fixtureEntries, describeFixture);
    fake.changes.length = 0;
    controller.setEvents(
      fixtureEntries.filter((entry) => entry.id === 'late' || entry.id === 'middle'),
      describeFixture,
    );
    expect(fake.heldIds()).toEqual(['late', 'middle']);
    expect(fake.changes.sort()).toEqual(['remove:bound', 'remove:early']);
    controller.setEvents(fixtureEntries, describeFixture);
    expect(fake.heldIds()).toHaveLength(4);
    expect(fake.widget.destroy).not.toHaveBeenCalled();
  });

  it('hands vis again only the events that look different when the dataset changes', () => {
    const { fake, controller } = setup();
    controller.setEvents(fixtureEntries, describeFixture);
    fake.changes.length = 0;
    const renamed: EventDescriber = (id) => {
      const record = describeFixture(id);
      return record && id === 'middle' ? { ...record, label: 'Renamed' } : record;
    };
    controller.setEvents(
      fixtureEntries.filter((entry) => entry.id !== 'late'),
      renamed,
    );
    expect(fake.heldIds()).toEqual(['bound', 'early', 'middle']);
    // Taken out and added again, not updated: vis measures an updated item at once, one layout
    // each, and an added one with the rest in its next frame.
    expect(fake.changes).toEqual(['remove:late', 'remove:middle', 'add:middle']);
    expect(fake.widget.changeItems).toHaveBeenCalled();
  });

  it('keeps the opened event selected when it is handed to vis again', () => {
    const { fake, controller } = setup({ entries: fixtureEntries, describe: describeFixture });
    controller.setSelection('middle');
    fake.widget.setSelection.mockClear();
    const renamed: EventDescriber = (id) => {
      const record = describeFixture(id);
      return record && id === 'middle' ? { ...record, label: 'Renamed' } : record;
    };
    controller.setEvents(fixtureEntries, renamed);
    expect(fake.changes).toContain('add:middle');
    expect(fake.widget.setSelection).toHaveBeenLastCalledWith(['middle']);
  });

  it('passes clicks to the store and does not echo its own selection back to vis', () => {
    const { fake, controller, callbacks } = setup();
    controller.setEvents(fixtureEntries, describeFixture);
    fake.emit('select', { items: ['late'] });
    expect(callbacks.onSelect).toHaveBeenCalledWith('late');
    controller.setSelection('late');
    expect(fake.widget.setSelection).not.toHaveBeenCalled();
    fake.emit('select', { items: [] });
    expect(callbacks.onSelect).toHaveBeenLastCalledWith(null);
  });

  it('leaves redrawing for a click or a resize until the panel has been painted', () => {
    const afterPaint: (() => void)[] = [];
    const nextPaint: Scheduler = (work) => {
      afterPaint.push(work);
      return () => afterPaint.splice(afterPaint.indexOf(work), 1);
    };
    const { fake, controller, callbacks } = setup(
      { entries: fixtureEntries, describe: describeFixture },
      nextPaint,
    );
    fake.widget.redraw.mockClear();
    fake.widget.relayout.mockClear();
    fake.emit('select', { items: ['late'] });
    controller.handleResize(); // the panel took its column
    controller.handleResize();
    expect(callbacks.onSelect).toHaveBeenCalledWith('late');
    expect(fake.widget.redraw).not.toHaveBeenCalled();
    expect(fake.widget.relayout).not.toHaveBeenCalled();
    expect(afterPaint).toHaveLength(2); // one catch-up per kind, however often asked
    controller.setSelection('early'); // the reader steps on before that paint: only the latest counts
    expect(afterPaint).toHaveLength(2);
    for (const work of afterPaint.splice(0)) work();
    expect(fake.widget.setSelection).toHaveBeenLastCalledWith(['early']);
    // A new width changes how wide labels may be: every item is measured again. A selection only
    // restyles colours: the timeline is laid out again without that.
    expect(fake.widget.redraw).toHaveBeenCalledTimes(1);
    expect(fake.widget.relayout).toHaveBeenCalled();
    controller.handleResize();
    controller.destroy();
    expect(afterPaint).toHaveLength(0);
  });

  it('selects an event again when a filter that hid it is lifted', () => {
    const { fake, controller } = setup();
    controller.setEvents(fixtureEntries, describeFixture);
    controller.setSelection('late');
    controller.setEvents(
      fixtureEntries.filter((entry) => entry.id === 'early'),
      describeFixture,
    );
    fake.widget.setSelection.mockClear();
    controller.setEvents(fixtureEntries, describeFixture);
    expect(fake.widget.setSelection).toHaveBeenCalledWith(['late']);
  });

  it('selects from the store and moves to an event outside the window', () => {
    const { fake, controller } = setup();
    controller.setEvents(fixtureEntries, describeFixture);
    const late = fixtureEntries.find((entry) => entry.id === 'late')!;
    fake.moveTo(late.start - 30 * DAY, late.start + 30 * DAY);
    controller.setSelection('late');
    expect(fake.widget.setSelection).toHaveBeenLastCalledWith(['late']);
    expect(fake.widget.focus).not.toHaveBeenCalled();
    controller.setSelection('early');
    expect(fake.widget.setSelection).toHaveBeenLastCalledWith(['early']);
    const early = fixtureEntries.find((entry) => entry.id === 'early')!;
    const { start, end } = fake.widget.getWindow();
    expect(start.getTime()).toBeLessThan(early.start);
    expect(end.getTime()).toBeGreaterThan(early.start);
    expect(end.getTime() - start.getTime()).toBe(60 * DAY); // the reader's zoom is kept
  });

  it('reports window changes in epoch milliseconds', () => {
    const { fake, callbacks } = setup();
    fake.emit('rangechanged', { start: new Date(1000), end: new Date(5000) });
    expect(callbacks.onWindowChange).toHaveBeenCalledWith({ start: 1000, end: 5000 });
  });

  it('measures how far down the page it reaches when asked, reports only a change, and null once destroyed', () => {
    const fake = fakeWidget();
    // vis drawn in the container: only the stack's height changes here.
    const stack = { scrollHeight: 300 };
    const elements: Record<string, object> = {
      '.vis-timeline': {
        getBoundingClientRect: () => ({ top: 100, bottom: 500 }),
        ownerDocument: { defaultView: { scrollY: 0 } },
      },
      '.vis-itemset': stack,
      '.vis-time-axis.vis-foreground': { offsetHeight: 40 },
    };
    const container = {
      querySelector: (selector: string) => elements[selector] ?? null,
    } as unknown as HTMLElement;
    const onExtentChange = vi.fn();
    const controller = new TimelineController(
      container,
      { onSelect: vi.fn(), onWindowChange: vi.fn(), onExtentChange },
      fake.factory,
      runNow,
    );
    expect(onExtentChange).not.toHaveBeenCalled(); // measuring costs a layout: only when asked
    controller.measureExtent();
    controller.measureExtent();
    stack.scrollHeight = 600; // a pan stacked more events
    controller.measureExtent();
    expect(onExtentChange.mock.calls).toEqual([
      [{ bottom: 500, contentBottom: 440 }],
      [{ bottom: 500, contentBottom: 740 }],
    ]);
    controller.destroy();
    controller.measureExtent();
    expect(onExtentChange.mock.calls.slice(2)).toEqual([[null]]);
  });

  it('shows a requested window instead of fitting, even when asked before the events arrive', () => {
    const { fake, controller, callbacks } = setup();
    controller.setWindow({ start: Date.UTC(2020, 0, 1), end: Date.UTC(2026, 0, 1) });
    expect(fake.widget.setWindow).not.toHaveBeenCalled();
    controller.setEvents(fixtureEntries, describeFixture);
    expect(fake.widget.setWindow).toHaveBeenCalledTimes(1);
    expect(fake.widget.setWindow).toHaveBeenCalledWith(
      new Date(Date.UTC(2020, 0, 1)),
      new Date(Date.UTC(2026, 0, 1)),
      { animation: false },
    );
    expect(callbacks.onWindowChange).toHaveBeenCalledWith({
      start: Date.UTC(2020, 0, 1),
      end: Date.UTC(2026, 0, 1),
    });
  });

  it('hands vis a few hundred items for 100,000 events, with clusters that count the rest', () => {
    const { fake } = setup(manyEvents(100_000, 20));
    const held = fake.held();
    expect(held.length).toBeLessThan(200);
    const counts = held
      .filter((item) => item.kind === 'cluster')
      .map((item) => Number(item.label.replace(/\D/g, '')));
    const single = held.filter((item) => item.kind === 'event').length;
    expect(counts.reduce((sum, count) => sum + count, 0) + single).toBe(100_000);
  });

  it('opens a cluster by zooming to its events instead of selecting it', () => {
    const { fake, callbacks } = setup(manyEvents(10_000, 20));
    const cluster = fake.held().find((item) => item.kind === 'cluster')!;
    fake.emit('select', { items: [cluster.id] });
    expect(callbacks.onSelect).not.toHaveBeenCalled();
    expect(fake.widget.setSelection).toHaveBeenLastCalledWith([]);
    const [start, end, options] = fake.widget.setWindow.mock.calls.at(-1)!;
    expect(options).toEqual({ animation: true });
    expect(start.getTime()).toBeGreaterThanOrEqual(cluster.start.getTime() - 14 * DAY);
    expect(end.getTime()).toBeLessThanOrEqual(cluster.end!.getTime() + 14 * DAY);
  });

  it('draws a selected event as itself in a dense period', () => {
    const { fake, controller } = setup(manyEvents(10_000, 20));
    expect(fake.heldIds()).not.toContain('e5000');
    controller.setSelection('e5000');
    expect(fake.heldIds()).toContain('e5000');
    expect(fake.widget.setSelection).toHaveBeenLastCalledWith(['e5000']);
  });

  it('leaves vis alone while a pan stays within what it holds, and feeds only the edges beyond', () => {
    const { fake } = setup(manyEvents(3_000, 1));
    const start = Date.UTC(2003, 0, 1);
    fake.moveTo(start, start + 60 * DAY);
    fake.changes.length = 0;
    fake.moveTo(start + 5 * DAY, start + 65 * DAY);
    expect(fake.changes).toEqual([]);
    fake.moveTo(start + 90 * DAY, start + 150 * DAY);
    expect(fake.changes.length).toBeGreaterThan(0);
    expect(fake.changes.length).toBeLessThan(200);
  });

  it("keeps the reader's window when a filter matches nothing and then something again", () => {
    const { fake, controller } = setup();
    controller.setEvents(fixtureEntries, describeFixture);
    fake.moveTo(Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1));
    fake.emit('rangechanged', { ...fake.widget.getWindow(), byUser: true }); // a drag ends
    controller.setEvents([], describeFixture);
    controller.setEvents(fixtureEntries, describeFixture);
    expect(fake.widget.setWindow).toHaveBeenCalledTimes(1); // the first fit only
    expect(fake.widget.getWindow().start).toEqual(new Date(Date.UTC(2021, 0, 1)));
  });

  it('fits what a filter leaves, until the reader chooses a window, and again after Fit all', () => {
    const { fake, controller } = setup();
    controller.setEvents(fixtureEntries, describeFixture);
    const late = fixtureEntries.filter((entry) => entry.id === 'late');
    controller.setEvents(late, describeFixture);
    const fitted = fake.widget.getWindow();
    expect(fitted.start.getTime()).toBeLessThan(late[0]!.start);
    expect(fitted.end.getTime()).toBeGreaterThan(late[0]!.start);
    expect(fitted.start.getTime()).toBeGreaterThan(fixtureEntries[0]!.start); // no longer the whole span
    fake.emit('rangechanged', { ...fitted, byUser: true });
    controller.setEvents(fixtureEntries, describeFixture);
    expect(fake.widget.getWindow()).toEqual(fitted);
    controller.fitAll();
    controller.setEvents(late, describeFixture);
    expect(fake.widget.getWindow().start.getTime()).toBeGreaterThan(fixtureEntries[0]!.start);
  });

  it('zooms around the opened event, else around the events in view', () => {
    const { fake, controller } = setup();
    controller.setEvents(fixtureEntries, describeFixture);
    const middleOfEvents = (fixtureEntries[0]!.start + fixtureEntries.at(-1)!.start) / 2;
    const centre = () => {
      const { start, end } = fake.widget.getWindow();
      return (start.getTime() + end.getTime()) / 2;
    };
    controller.zoomIn();
    expect(Math.abs(centre() - middleOfEvents)).toBeLessThan(DAY);
    controller.fitAll();
    controller.setSelection('late');
    const before = fake.widget.getWindow();
    controller.zoomIn();
    const after = fake.widget.getWindow();
    const late = fixtureEntries.find((entry) => entry.id === 'late')!;
    expect(after.end.getTime() - after.start.getTime()).toBeCloseTo(
      (before.end.getTime() - before.start.getTime()) / 2,
      -3,
    );
    expect(Math.abs(centre() - late.start)).toBeLessThan(DAY);
  });

  it('draws every event once zoomed to the deepest zoom, even within what vis already holds', () => {
    const { fake } = setup(manyEvents(3_000, 10));
    const start = Date.UTC(2000, 2, 1);
    fake.moveTo(start, start + 22 * DAY);
    expect(fake.held().some((item) => item.kind === 'cluster')).toBe(true);
    fake.moveTo(start + 4 * DAY, start + 18 * DAY);
    expect(fake.held().some((item) => item.kind === 'cluster')).toBe(false);
  });

  it('can be destroyed twice, as StrictMode does', () => {
    const { fake, controller } = setup();
    controller.destroy();
    controller.destroy();
    expect(fake.widget.destroy).toHaveBeenCalledTimes(1);
  });
});

describe('TimelineController in lanes', () => {
  const lanesOf = (entries: readonly TimelineEntry[]) => {
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const pick = (...ids: string[]) => ids.map((id) => byId.get(id)!);
    return [
      { id: 'actor:a', label: 'A', kind: 'person' as const, entries: pick('early', 'middle', 'late') },
      { id: 'actor:b', label: 'B', kind: 'country' as const, entries: pick('middle') },
      { id: 'other', label: 'Other', kind: 'other' as const, entries: pick('bound') },
    ];
  };

  it('draws an event once in each of its lanes, under an id unique to the lane, in that lane’s group', () => {
    const { fake, controller } = setup();
    controller.setLanes(lanesOf(fixtureEntries));
    controller.setEvents(fixtureEntries, describeFixture);
    expect(fake.widget.setGroups).toHaveBeenCalledTimes(1);
    expect(fake.heldIds()).toEqual([
      'bound@other',
      'early@actor:a',
      'late@actor:a',
      'middle@actor:a',
      'middle@actor:b',
    ]);
    expect(fake.held().find((item) => item.id === 'middle@actor:b')?.group).toBe('actor:b');
  });

  it('opens the event a lane’s item draws, and marks it in every lane it is in', () => {
    const { fake, controller, callbacks } = setup();
    controller.setLanes(lanesOf(fixtureEntries));
    controller.setEvents(fixtureEntries, describeFixture);
    fake.emit('select', { items: ['middle@actor:b'] });
    expect(callbacks.onSelect).toHaveBeenCalledWith('middle');
    expect(fake.widget.setSelection).toHaveBeenLastCalledWith(['middle@actor:a', 'middle@actor:b']);
    controller.setSelection('late');
    expect(fake.widget.setSelection).toHaveBeenLastCalledWith(['late@actor:a']);
  });

  it('folds a busy lane’s dense days into clusters where one line, with all the room, draws every event', () => {
    const busy = manyEvents(30, 3);
    const line = setup(busy);
    expect(line.fake.heldIds().filter((id) => id.startsWith('~cluster/'))).toEqual([]);
    expect(line.fake.heldIds()).toHaveLength(30);

    const { fake, controller } = setup();
    const quiet = (n: number) => ({
      id: `actor:q${n}`,
      label: `Q${n}`,
      kind: 'person' as const,
      entries: busy.entries.slice(n, n + 1),
    });
    controller.setLanes([
      { id: 'actor:busy', label: 'Busy', kind: 'person', entries: busy.entries },
      ...[0, 1, 2, 3, 4, 5].map(quiet),
    ]);
    controller.setEvents(busy.entries, busy.describe);
    const inBusyLane = fake.held().filter((item) => item.group === 'actor:busy');
    expect(inBusyLane.some((item) => item.id.startsWith('~cluster/'))).toBe(true);
    expect(inBusyLane.length).toBeLessThan(30);
    // The quiet lanes, each far under its share, draw their event as itself.
    expect(
      fake
        .held()
        .filter((item) => item.group === 'actor:q0')
        .map((item) => item.id),
    ).toEqual(['e0@actor:q0']);
  });

  it('at the deepest zoom, where a cluster cannot be opened, folds a lane only as one line would', () => {
    const busy = manyEvents(300, 3);
    const fake = fakeWidget();
    // A tall view: one line allows 9 events a bin, each of seven lanes 2.
    const tall = { clientWidth: 1000, clientHeight: 1000 } as unknown as HTMLElement;
    const callbacks = { onSelect: vi.fn(), onWindowChange: vi.fn() };
    const controller = new TimelineController(tall, callbacks, fake.factory, runNow);
    controller.setLanes([
      { id: 'actor:busy', label: 'Busy', kind: 'person', entries: busy.entries },
      ...[0, 1, 2, 3, 4, 5].map((n) => ({
        id: `actor:q${n}`,
        label: `Q${n}`,
        kind: 'person' as const,
        entries: busy.entries.slice(n, n + 1),
      })),
    ]);
    controller.setEvents(busy.entries, busy.describe);
    const from = Date.UTC(2000, 0, 1) + 40 * DAY;
    fake.moveTo(from, from + 14 * DAY);
    const inBusyLane = fake.held().filter((item) => item.group === 'actor:busy');
    expect(inBusyLane.length).toBeGreaterThan(0);
    expect(inBusyLane.filter((item) => item.id.startsWith('~cluster/'))).toEqual([]);
  });

  it('goes back to one line with plain ids, and vis loses its groups', () => {
    const { fake, controller } = setup();
    controller.setLanes(lanesOf(fixtureEntries));
    controller.setEvents(fixtureEntries, describeFixture);
    controller.setLanes(null);
    controller.setEvents(fixtureEntries, describeFixture);
    expect(fake.widget.setGroups).toHaveBeenLastCalledWith(undefined);
    expect(fake.heldIds()).toEqual(['bound', 'early', 'late', 'middle']);
    // Lanes read from the top under the years; one line stacks up from the axis at the bottom.
    expect(fake.widget.setOptions.mock.calls.map(([options]) => options.orientation)).toEqual([
      { axis: 'top', item: 'top' },
      { axis: 'bottom', item: 'bottom' },
    ]);
  });
});
