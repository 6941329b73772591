// Owns the vis Timeline and the one DataSet it draws, between React and vis. vis is handed only
// what the visible window needs (see timelineWindow.ts), so it stays fast at 100,000 events; each
// change is a diff of that short list, and React re-renders never rebuild the timeline.
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { renderItemContent, toClusterItem, type TimelineItemRecord } from './timelineItems';
import {
  DAY_MS,
  TimelineIndex,
  binWidthMs,
  isClusterId,
  windowContent,
  type DisplayItem,
  type TimelineEntry,
  type WindowContent,
  type WindowRequest,
} from './timelineWindow';

export interface TimelineCallbacks {
  /** The reader clicked an event (its id) or empty space (null). */
  onSelect: (eventId: string | null) => void;
  /** The visible window changed (pan, zoom, fit), in epoch ms. */
  onWindowChange: (window: { start: number; end: number }) => void;
}

/** The part of vis's Timeline the controller uses; a fake stands in for it in unit tests. */
export interface TimelineWidget {
  on(event: 'select', callback: (properties: { items: (string | number)[] }) => void): void;
  on(event: 'rangechange' | 'rangechanged', callback: (properties: { start: Date; end: Date }) => void): void;
  setSelection(ids: string[], options?: { focus?: boolean }): void;
  getWindow(): { start: Date; end: Date };
  focus(id: string, options?: { zoom?: boolean; animation?: boolean }): void;
  zoomIn(percentage: number): void;
  zoomOut(percentage: number): void;
  setWindow(start: Date, end: Date, options?: { animation?: boolean }): void;
  redraw(): void;
  destroy(): void;
}

export type WidgetFactory = (
  container: HTMLElement,
  items: DataSet<TimelineItemRecord, 'id'>,
  options: TimelineOptions,
) => TimelineWidget;

/** The record vis draws for an event id (null if there is no such event). */
export type EventDescriber = (eventId: string) => TimelineItemRecord | null;

type Window = { start: number; end: number };

const ZOOM_STEP = 0.5;
const ZOOM_MIN = 14 * DAY_MS;
/** Room left on each side of everything when the timeline fits it, as a share of its span. */
const FIT_PADDING = 0.05;
/** Half the widest label (20rem plus its box), which vis centres on an event's date. */
const HALF_LABEL_PX = 170;
/** The labels' room may take at most this share of the width (a phone is barely one label wide). */
const MAX_LABEL_SHARE = 0.5;
/** Height of one row of stacked items, in pixels: how many fit decides how dense a bin may get. */
const ROW_PX = 34;
const AXIS_PX = 44;
const DEFAULT_SIZE = { width: 1000, height: 400 };
/** Event records kept beyond those drawn, so panning back and forth does not rebuild them. */
const RECORDS_KEPT = 2_000;

export const TIMELINE_OPTIONS: TimelineOptions = {
  // No zooming to hours or out to millennia: news happens in days, months and years.
  zoomMin: ZOOM_MIN,
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
  private readonly widget: TimelineWidget;
  private index = new TimelineIndex([]);
  private describe: EventDescriber = () => null;
  /** Event records already built, by id: labels are formatted once, when an event is first drawn. */
  private readonly eventRecords = new Map<string, TimelineItemRecord>();
  /** What vis holds now, by id. */
  private fed = new Map<string, TimelineItemRecord>();
  private fedFor: (WindowContent & Pick<WindowRequest, 'maxPerBin' | 'atMaxZoom'>) | null = null;
  private hasShownEvents = false;
  private sizePx: { width: number; height: number };
  private selectedId: string | null = null;
  private pendingWindow: Window | null = null;
  private destroyed = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: TimelineCallbacks,
    factory: WidgetFactory = createVisTimeline,
  ) {
    this.sizePx = measure(container);
    this.widget = factory(container, this.items, TIMELINE_OPTIONS);
    this.widget.on('select', ({ items }) => {
      const id = items.length > 0 ? String(items[0]) : null;
      if (id !== null && isClusterId(id)) {
        this.openCluster(id);
        return;
      }
      this.selectedId = id;
      callbacks.onSelect(id);
    });
    // While the reader drags or zooms, vis redraws on the next frame; feeding it here, before that
    // frame, means the frame shows the new window's items.
    this.widget.on('rangechange', () => this.refeed(false));
    this.widget.on('rangechanged', ({ start, end }) =>
      callbacks.onWindowChange({ start: start.getTime(), end: end.getTime() }),
    );
  }

  /**
   * The events to show, in chronological order (the filter is applied by leaving events out), and
   * how to draw one. A new describer (a new dataset) redraws every event.
   */
  setEvents(entries: readonly TimelineEntry[], describe: EventDescriber): void {
    if (describe !== this.describe) {
      // Another dataset: its events are drawn anew, and it is fitted (or shown where asked) once.
      this.describe = describe;
      this.eventRecords.clear();
      this.hasShownEvents = false;
    }
    this.index = TimelineIndex.of(entries);
    // Fit (or show the window asked for) once, when there is first something to show: a filter or
    // search that later matches nothing, then something, keeps the reader's zoom.
    if (!this.hasShownEvents && entries.length > 0) {
      this.hasShownEvents = true;
      const initial = this.pendingWindow ?? this.fullWindow();
      this.pendingWindow = null;
      if (initial) this.moveTo(initial, false);
    }
    this.refeed(true);
  }

  /** Shows this window (epoch ms); before the first events arrive, it replaces the initial fit. */
  setWindow(window: Window): void {
    if (!this.hasShownEvents) {
      this.pendingWindow = window;
      return;
    }
    this.moveTo(window, false);
  }

  setSelection(id: string | null): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    this.refeed(true); // the selected event is always drawn as itself, outside any cluster
    this.widget.setSelection(id !== null && this.fed.has(id) ? [id] : []);
    this.revealSelection();
  }

  zoomIn(): void {
    this.widget.zoomIn(ZOOM_STEP);
  }

  zoomOut(): void {
    this.widget.zoomOut(ZOOM_STEP);
  }

  fitAll(): void {
    const window = this.fullWindow();
    if (window) this.moveTo(window, true);
  }

  /** The container changed size (a panel opened): vis only polls for that once a second. */
  handleResize(): void {
    if (this.destroyed) return;
    this.sizePx = measure(this.container);
    this.widget.redraw();
    this.refeed(true);
    this.revealSelection();
  }

  /** Safe to call twice (StrictMode mounts, unmounts and mounts again): vis throws on a second destroy. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.widget.destroy();
  }

  /**
   * Makes vis hold what the current window needs and applies only the difference. Unless forced, it
   * does nothing while what vis holds still covers the window at the same scale (most of a pan).
   */
  private refeed(force: boolean): void {
    if (this.destroyed) return;
    const window = this.currentWindow();
    const { width, height } = this.sizePx;
    const binMs = binWidthMs((window.end - window.start) / width);
    const scale = {
      // An item is about three bins wide, so neighbouring bins stack together: a third of the
      // rows per bin keeps most stacks within the view.
      maxPerBin: Math.max(2, Math.floor((height - AXIS_PX) / ROW_PX / 3)),
      atMaxZoom: window.end - window.start <= ZOOM_MIN * 1.05,
    };
    const covered = this.fedFor;
    if (
      !force &&
      covered &&
      covered.binMs === binMs &&
      covered.maxPerBin === scale.maxPerBin &&
      covered.atMaxZoom === scale.atMaxZoom &&
      window.start >= covered.coveredStart &&
      window.end <= covered.coveredEnd
    )
      return;
    const content = windowContent(this.index, {
      ...window,
      ...scale,
      widthPx: width,
      selected: this.selectedEntry() ?? null,
    });
    const next = new Map<string, TimelineItemRecord>();
    for (const item of content.items) {
      const record = this.recordFor(item);
      if (record) next.set(record.id, record);
    }
    const removed = [...this.fed.keys()].filter((id) => !next.has(id));
    const changed = [...next.values()].filter((record) => !sameItem(this.fed.get(record.id), record));
    if (removed.length > 0) this.items.remove(removed);
    if (changed.length > 0) this.items.update(changed);
    const selectionReturns =
      this.selectedId !== null && next.has(this.selectedId) && !this.fed.has(this.selectedId);
    this.fed = next;
    this.fedFor = { ...content, ...scale };
    this.forgetRecordsNotDrawn();
    // vis forgets the selection of an item it no longer holds; select it again when it comes back.
    if (selectionReturns && this.selectedId !== null) this.widget.setSelection([this.selectedId]);
  }

  /** Keeps the cache of event records to a few times what vis holds: a long session pans far. */
  private forgetRecordsNotDrawn(): void {
    if (this.eventRecords.size <= RECORDS_KEPT + this.fed.size) return;
    for (const id of this.eventRecords.keys()) if (!this.fed.has(id)) this.eventRecords.delete(id);
  }

  /** The selected event's entry in the index, if it is shown at all (the filter may hide it). */
  private selectedEntry(): TimelineEntry | undefined {
    if (this.selectedId === null) return undefined;
    const record = this.recordFor({ kind: 'event', id: this.selectedId });
    return record ? this.index.find(record.id, record.start.getTime()) : undefined;
  }

  private recordFor(item: DisplayItem): TimelineItemRecord | null {
    if (item.kind === 'cluster') return toClusterItem(item);
    let record = this.eventRecords.get(item.id);
    if (!record) {
      record = this.describe(item.id) ?? undefined;
      if (record) this.eventRecords.set(item.id, record);
    }
    return record ?? null;
  }

  /**
   * A click on a cluster zooms to its events (or as close as the timeline goes) instead of selecting
   * it; for spans under way, back to where they began.
   */
  private openCluster(id: string): void {
    this.widget.setSelection(
      this.selectedId !== null && this.fed.has(this.selectedId) ? [this.selectedId] : [],
    );
    const cluster = this.fedFor?.items.find((item) => item.id === id);
    if (!cluster || cluster.kind !== 'cluster') return;
    const last = cluster.ongoing ? Math.max(cluster.last, this.currentWindow().end) : cluster.last;
    const middle = (cluster.first + last) / 2;
    const span = Math.max((last - cluster.first) * (1 + 2 * FIT_PADDING), ZOOM_MIN);
    this.moveTo({ start: middle - span / 2, end: middle + span / 2 }, true);
  }

  private moveTo(window: Window, animation: boolean): void {
    this.widget.setWindow(new Date(window.start), new Date(window.end), { animation });
    if (animation) return; // vis reports each step of an animation with 'rangechange'
    this.refeed(false);
    this.callbacks.onWindowChange(this.currentWindow()); // an unanimated move emits no 'rangechanged'
  }

  /**
   * Everything, with a little room on each side, and room for the labels of the first and last
   * single-date events: vis centres a label on its date and would otherwise cut it at the edge.
   */
  private fullWindow(): Window | null {
    const extent = this.index.extent();
    if (!extent) return null;
    const labelShare = Math.min(HALF_LABEL_PX / this.sizePx.width, MAX_LABEL_SHARE / 2);
    // Each edge is held by the events' extent (plus padding) or by a label's half-width, both
    // shares of the window's width: the width is the largest that any pair of them asks for.
    const rights = [{ at: extent.end, share: FIT_PADDING }];
    const lefts = [{ at: extent.start, share: FIT_PADDING }];
    if (extent.lastPoint !== undefined) rights.push({ at: extent.lastPoint, share: labelShare });
    if (extent.firstPoint !== undefined) lefts.push({ at: extent.firstPoint, share: labelShare });
    let width = ZOOM_MIN * (1 + 2 * FIT_PADDING);
    for (const right of rights) {
      for (const left of lefts) {
        width = Math.max(width, (right.at - left.at) / (1 - right.share - left.share));
      }
    }
    const end = Math.max(...rights.map((right) => right.at + right.share * width));
    const start = Math.min(...lefts.map((left) => left.at - left.share * width));
    // Only a narrow extent leaves room over (the zoom's minimum): it is shared out evenly.
    const spare = width - (end - start);
    return { start: start - spare / 2, end: end + spare / 2 };
  }

  private currentWindow(): Window {
    const { start, end } = this.widget.getWindow();
    return { start: start.getTime(), end: end.getTime() };
  }

  /** Brings the selected event into view, horizontally and in a tall stack, only if it is not already. */
  private revealSelection(): void {
    const entry = this.selectedEntry();
    if (!entry) return;
    const inWindow = this.isInWindow(entry);
    if (inWindow && this.isWithinStackView()) return;
    if (!inWindow) {
      // focus() centres the item and also scrolls a tall stack to it (verticalScroll is on).
      this.widget.focus(entry.id, { zoom: false, animation: true });
      return;
    }
    // Only the stack hides it: scroll to it, then put back the window the reader (or host) chose.
    const { start, end } = this.widget.getWindow();
    this.widget.focus(entry.id, { zoom: false, animation: false });
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

  private isInWindow(entry: TimelineEntry): boolean {
    const { start, end } = this.currentWindow();
    return entry.start <= end && (entry.end ?? entry.start) >= start;
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

/** The drawing area's size; a container not laid out yet (or a test's fake) gets a typical one. */
function measure(container: HTMLElement): { width: number; height: number } {
  return {
    width: container.clientWidth || DEFAULT_SIZE.width,
    height: container.clientHeight || DEFAULT_SIZE.height,
  };
}
