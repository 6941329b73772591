// The controller against a fake widget: it must touch vis only on change and survive double destroy.
import type { DataView } from 'vis-data/peer';
import { describe, expect, it, vi } from 'vitest';
import { datasetFixture } from '../../testing/datasetFixture';
import { TimelineController, type TimelineWidget, type WidgetFactory } from './TimelineController';
import { toTimelineItem, type TimelineItemRecord } from './timelineItems';

function fakeWidget() {
  const handlers: Record<string, (properties: never) => void> = {};
  let view: DataView<TimelineItemRecord, 'id'> | null = null;
  const widget = {
    on: vi.fn((event: string, callback: (properties: never) => void) => {
      handlers[event] = callback;
    }),
    setSelection: vi.fn(),
    getWindow: vi.fn(() => ({ start: new Date('2020-01-01'), end: new Date('2022-01-01') })),
    focus: vi.fn(),
    zoomIn: vi.fn(),
    zoomOut: vi.fn(),
    fit: vi.fn(),
    setWindow: vi.fn(),
    redraw: vi.fn(),
    destroy: vi.fn(() => {
      if (view === null) throw new Error('destroyed twice');
      view = null;
    }),
  } satisfies TimelineWidget;
  const changes: string[] = [];
  const factory: WidgetFactory = (_container, items) => {
    view = items;
    items.on('*', (kind: string, properties: { items: (string | number)[] } | null) => {
      if (properties) changes.push(...properties.items.map((id) => `${kind}:${String(id)}`));
    });
    return widget;
  };
  return {
    widget,
    factory,
    changes,
    visibleIds: () => (view ? view.getIds().map(String).sort() : []),
    emit: (event: string, properties: unknown) => handlers[event]?.(properties as never),
  };
}

const items = datasetFixture().events.map(toTimelineItem);

function setup() {
  const fake = fakeWidget();
  const callbacks = { onSelect: vi.fn(), onWindowChange: vi.fn() };
  const controller = new TimelineController({} as HTMLElement, callbacks, fake.factory);
  return { fake, callbacks, controller };
}

describe('TimelineController', () => {
  it('fits the window once, when the first items arrive', () => {
    const { fake, controller } = setup();
    controller.setItems(items);
    controller.setItems(items.map((item) => ({ ...item })));
    expect(fake.visibleIds()).toEqual(['bound', 'early', 'late', 'middle']);
    expect(fake.widget.fit).toHaveBeenCalledTimes(1);
  });

  it('filters through the view without rebuilding the timeline', () => {
    const { fake, controller } = setup();
    controller.setItems(items);
    controller.setVisibleIds(new Set(['late', 'middle']));
    expect(fake.visibleIds()).toEqual(['late', 'middle']);
    controller.setVisibleIds(null);
    expect(fake.visibleIds()).toHaveLength(4);
    expect(fake.widget.destroy).not.toHaveBeenCalled();
  });

  it('updates only changed items and removes missing ones', () => {
    const { fake, controller } = setup();
    controller.setItems(items);
    const renamed = items
      .slice(1)
      .map((item) => (item.id === 'middle' ? { ...item, label: 'Renamed' } : item));
    fake.changes.length = 0;
    controller.setItems(renamed);
    expect(fake.visibleIds()).toEqual(['bound', 'early', 'middle']);
    expect(fake.changes).toEqual(['remove:late', 'update:middle']);
  });

  it('passes clicks to the store and does not echo its own selection back to vis', () => {
    const { fake, controller, callbacks } = setup();
    controller.setItems(items);
    fake.emit('select', { items: ['late'] });
    expect(callbacks.onSelect).toHaveBeenCalledWith('late');
    controller.setSelection('late');
    expect(fake.widget.setSelection).not.toHaveBeenCalled();
    fake.emit('select', { items: [] });
    expect(callbacks.onSelect).toHaveBeenLastCalledWith(null);
  });

  it('selects an item again when a filter that hid it is lifted', () => {
    const { fake, controller } = setup();
    controller.setItems(items);
    controller.setSelection('late');
    controller.setVisibleIds(new Set(['early']));
    fake.widget.setSelection.mockClear();
    controller.setVisibleIds(new Set(['early', 'late']));
    expect(fake.widget.setSelection).toHaveBeenCalledWith(['late']);
  });

  it('selects from the store and moves to an item outside the window', () => {
    const { fake, controller } = setup();
    controller.setItems(items);
    controller.setSelection('middle');
    expect(fake.widget.setSelection).toHaveBeenLastCalledWith(['middle']);
    expect(fake.widget.focus).not.toHaveBeenCalled();
    controller.setSelection('late');
    expect(fake.widget.focus).toHaveBeenCalledWith('late', { zoom: false, animation: true });
  });

  it('reports window changes in epoch milliseconds', () => {
    const { fake, callbacks } = setup();
    fake.emit('rangechanged', { start: new Date(1000), end: new Date(5000) });
    expect(callbacks.onWindowChange).toHaveBeenCalledWith({ start: 1000, end: 5000 });
  });

  it('shows a requested window instead of fitting, even when asked before the items arrive', () => {
    const { fake, controller, callbacks } = setup();
    controller.setWindow({ start: Date.UTC(2020, 0, 1), end: Date.UTC(2026, 0, 1) });
    expect(fake.widget.setWindow).not.toHaveBeenCalled();
    controller.setItems(items);
    expect(fake.widget.fit).not.toHaveBeenCalled();
    expect(fake.widget.setWindow).toHaveBeenCalledWith(
      new Date(Date.UTC(2020, 0, 1)),
      new Date(Date.UTC(2026, 0, 1)),
      {
        animation: false,
      },
    );
    expect(callbacks.onWindowChange).toHaveBeenCalled();
  });

  it('can be destroyed twice, as StrictMode does', () => {
    const { fake, controller } = setup();
    controller.destroy();
    controller.destroy();
    expect(fake.widget.destroy).toHaveBeenCalledTimes(1);
  });
});
