// Owns the vis Timeline and its data, between React and vis: each setter compares with what it
// last applied and touches vis only on change, so React re-renders never rebuild the timeline.
import { DataSet, DataView } from 'vis-data/peer';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import { renderItemContent, type TimelineItemRecord } from './timelineItems';

export interface TimelineCallbacks {
  /** The reader clicked an item (its id) or empty space (null). */
  onSelect: (eventId: string | null) => void;
  /** The visible window changed (pan, zoom, fit), in epoch ms. */
  onWindowChange: (window: { start: number; end: number }) => void;
}

/** The part of vis's Timeline the controller uses; a fake stands in for it in unit tests. */
export interface TimelineWidget {
  on(event: 'select', callback: (properties: { items: (string | number)[] }) => void): void;
  on(event: 'rangechanged', callback: (properties: { start: Date; end: Date }) => void): void;
  setSelection(ids: string[], options?: { focus?: boolean }): void;
  getWindow(): { start: Date; end: Date };
  focus(id: string, options?: { zoom?: boolean; animation?: boolean }): void;
  zoomIn(percentage: number): void;
  zoomOut(percentage: number): void;
  fit(options?: { animation?: boolean }): void;
  setWindow(start: Date, end: Date, options?: { animation?: boolean }): void;
  redraw(): void;
  destroy(): void;
}

export type WidgetFactory = (
  container: HTMLElement,
  items: DataView<TimelineItemRecord, 'id'>,
  options: TimelineOptions,
) => TimelineWidget;

const DAY_MS = 24 * 60 * 60 * 1000;
const ZOOM_STEP = 0.5;

export const TIMELINE_OPTIONS: TimelineOptions = {
  // No zooming to hours or out to millennia: news happens in days, months and years.
  zoomMin: 14 * DAY_MS,
  zoomMax: 120 * 365 * DAY_MS,
  stack: true,
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  orientation: { axis: 'bottom', item: 'bottom' },
  margin: { item: { horizontal: 4, vertical: 6 } },
  height: '100%',
  // Dense periods stack higher than the view: drag scrolls vertically instead of clipping items,
  // while the wheel keeps zooming (preferZoom).
  verticalScroll: true,
  preferZoom: true,
  // Our template returns a node built from text only; vis keeps its sanitiser on for strings.
  template: (item: TimelineItemRecord) => renderItemContent(item),
};

export const createVisTimeline: WidgetFactory = (container, items, options) =>
  new Timeline(container, items, options) as unknown as TimelineWidget;

export class TimelineController {
  private readonly items = new DataSet<TimelineItemRecord, 'id'>();
  private readonly view: DataView<TimelineItemRecord, 'id'>;
  private readonly widget: TimelineWidget;
  private appliedItems = new Map<string, TimelineItemRecord>();
  private visibleIds: ReadonlySet<string> | null = null;
  private selectedId: string | null = null;
  private pendingWindow: { start: number; end: number } | null = null;
  private destroyed = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: TimelineCallbacks,
    factory: WidgetFactory = createVisTimeline,
  ) {
    this.view = new DataView(this.items, {
      filter: (item) => this.visibleIds === null || this.visibleIds.has(item.id),
    });
    this.widget = factory(container, this.view, TIMELINE_OPTIONS);
    this.widget.on('select', ({ items }) => {
      const id = items.length > 0 ? String(items[0]) : null;
      this.selectedId = id;
      callbacks.onSelect(id);
    });
    this.widget.on('rangechanged', ({ start, end }) =>
      callbacks.onWindowChange({ start: start.getTime(), end: end.getTime() }),
    );
  }

  /** Replaces the item set, touching only records that were added, changed or removed. */
  setItems(records: readonly TimelineItemRecord[]): void {
    const next = new Map(records.map((record) => [record.id, record]));
    const removed = [...this.appliedItems.keys()].filter((id) => !next.has(id));
    const changed = records.filter((record) => !sameItem(this.appliedItems.get(record.id), record));
    if (removed.length > 0) this.items.remove(removed);
    if (changed.length > 0) this.items.update(changed);
    const firstItems = this.appliedItems.size === 0 && records.length > 0;
    this.appliedItems = next;
    if (firstItems && this.pendingWindow) this.setWindow(this.pendingWindow);
    else if (firstItems) {
      this.widget.fit({ animation: false });
      this.reportWindow(); // An unanimated fit emits no 'rangechanged'.
    }
  }

  /** Shows this window (epoch ms); before the first items arrive, it replaces the initial fit. */
  setWindow(window: { start: number; end: number }): void {
    if (this.appliedItems.size === 0) {
      this.pendingWindow = window;
      return;
    }
    this.pendingWindow = null;
    this.widget.setWindow(new Date(window.start), new Date(window.end), { animation: false });
    this.reportWindow();
  }

  /** Shows only these ids (null: all). The DataView filters; vis never sees a rebuilt data set. */
  setVisibleIds(ids: ReadonlySet<string> | null): void {
    if (sameIdSet(this.visibleIds, ids)) return;
    this.visibleIds = ids;
    this.view.refresh();
    // vis drops a hidden item from its selection; select it again when the filter brings it back.
    if (this.selectedId !== null && (ids === null || ids.has(this.selectedId))) {
      this.widget.setSelection([this.selectedId]);
    }
  }

  setSelection(id: string | null): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    this.widget.setSelection(id === null ? [] : [id]);
    this.revealSelection();
  }

  zoomIn(): void {
    this.widget.zoomIn(ZOOM_STEP);
  }

  zoomOut(): void {
    this.widget.zoomOut(ZOOM_STEP);
  }

  fitAll(): void {
    this.widget.fit({ animation: true });
  }

  /** The container changed size (a panel opened): vis only polls for that once a second. */
  handleResize(): void {
    if (this.destroyed) return;
    this.widget.redraw();
    this.revealSelection();
  }

  /** Safe to call twice (StrictMode mounts, unmounts and mounts again): vis throws on a second destroy. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.widget.destroy();
    this.view.dispose();
  }

  private reportWindow(): void {
    const { start, end } = this.widget.getWindow();
    this.callbacks.onWindowChange({ start: start.getTime(), end: end.getTime() });
  }

  /** Brings the selected item into view, horizontally and in a tall stack, only if it is not already. */
  private revealSelection(): void {
    const item = this.selectedId === null ? undefined : this.appliedItems.get(this.selectedId);
    if (!item || (this.visibleIds !== null && !this.visibleIds.has(item.id))) return;
    const inWindow = this.isInWindow(item);
    if (inWindow && this.isWithinStackView()) return;
    if (!inWindow) {
      // focus() centres the item and also scrolls a tall stack to it (verticalScroll is on).
      this.widget.focus(item.id, { zoom: false, animation: true });
      return;
    }
    // Only the stack hides it: scroll to it, then put back the window the reader (or host) chose.
    const { start, end } = this.widget.getWindow();
    this.widget.focus(item.id, { zoom: false, animation: false });
    this.widget.setWindow(start, end, { animation: false });
  }

  private isWithinStackView(): boolean {
    const element = this.container.querySelector?.('.vis-item.vis-selected:is(.vis-box, .vis-range)');
    const viewport = this.container.querySelector?.('.vis-center');
    if (!element || !viewport) return true;
    const itemBox = element.getBoundingClientRect();
    const viewBox = viewport.getBoundingClientRect();
    return itemBox.top >= viewBox.top - 1 && itemBox.bottom <= viewBox.bottom + 1;
  }

  private isInWindow(item: TimelineItemRecord): boolean {
    const { start, end } = this.widget.getWindow();
    const itemEnd = item.end ?? item.start;
    return item.start.getTime() <= end.getTime() && itemEnd.getTime() >= start.getTime();
  }
}

function sameItem(a: TimelineItemRecord | undefined, b: TimelineItemRecord): boolean {
  return (
    a !== undefined &&
    a.start.getTime() === b.start.getTime() &&
    a.end?.getTime() === b.end?.getTime() &&
    a.type === b.type &&
    a.className === b.className &&
    a.label === b.label &&
    a.dateLabel === b.dateLabel &&
    a.uncertain === b.uncertain
  );
}

function sameIdSet(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
