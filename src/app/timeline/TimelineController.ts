// Owns the vis Timeline and the one DataSet it draws, between React and vis. vis is handed only
// what the visible window needs (see timelineWindow.ts), so it stays fast at 100,000 events; each
// change is a diff of that short list, and React re-renders never rebuild the timeline.
import { DataSet } from 'vis-data/esnext';
import type { OutOfSight, TimelineExtent } from '../store/state';
import { LONGEST_WINDOW_MS } from '../model/dates/windowProblem';
import { Timeline, type DataGroupCollectionType, type TimelineOptions } from 'vis-timeline/esnext';
import {
  isTileId,
  renderItemContent,
  tileId,
  toClusterItem,
  toTileItem,
  type TilePlaceholder,
  type TimelineItemRecord,
} from './timelineItems';
import { measureTimelineExtent, sameExtent } from './timelineExtent';
import { itemSubject, laneItemId } from '../model/lanes/timelineLanes';
import { redrawAxisOnlyWhenChanged } from './axisRedraws';
import { renderLaneLabel, type LaneGroupRecord, type TimelineLane } from './laneGroups';
import { afterNextPaint } from '../ui/afterNextPaint';
import {
  changeItemsThenRedraw,
  drawNewItemsTogether,
  keepItemsInDrawnMargins,
  readLanePlaceOncePerRedraw,
  redrawWithoutRemeasuring,
  showItemsOnRedraw,
} from './visRedraws';
import { renderEra } from './eraItems';
import { AXIS_FORMAT, hideCutMinorLabels } from './axisLabels';
import {
  DAY_MS,
  TimelineIndex,
  UNCLUSTERED_BUDGET,
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
  /** How many of the shown events a reader cannot see now, and which way they lie. */
  onOutOfSight?: (counts: OutOfSight) => void;
  /** How far down the page the timeline reaches changed (null once it is destroyed). */
  onExtentChange?: (extent: TimelineExtent | null) => void;
}

const NOTHING_OUT_OF_SIGHT: OutOfSight = { earlier: 0, later: 0, above: 0, below: 0 };

/** The part of vis's Timeline the controller uses; a fake stands in for it in unit tests. */
export interface TimelineWidget {
  on(event: 'select', callback: (properties: { items: (string | number)[] }) => void): void;
  on(
    event: 'rangechange' | 'rangechanged',
    callback: (properties: { start: Date; end: Date; byUser?: boolean }) => void,
  ): void;
  /** After every redraw: the items' boxes are where the reader sees them. */
  on(event: 'changed', callback: () => void): void;
  setSelection(ids: string[], options?: { focus?: boolean }): void;
  /** The lanes (vis's groups), or null for one line. */
  setGroups(groups?: DataGroupCollectionType): void;
  setOptions(options: TimelineOptions): void;
  getWindow(): { start: Date; end: Date };
  focus(id: string, options?: { zoom?: boolean; animation?: boolean }): void;
  setWindow(start: Date, end: Date, options?: { animation?: boolean }): void;
  /** Measures every shown item again, then lays them out: after the view changed size. */
  redraw(): void;
  /** Lays the items out again on the next frame (and emits 'changed'), measuring only changed ones. */
  relayout(): void;
  /** Runs changes to the items, drawn all together in the next frame rather than one by one. */
  changeItems(change: () => void): void;
  destroy(): void;
}

export type WidgetFactory = (
  container: HTMLElement,
  items: DataSet<TimelineItemRecord, 'id'>,
  options: TimelineOptions,
) => TimelineWidget;

/** Schedules work for later and returns its cancel; the app's waits for the next paint. */
export type Scheduler = (work: () => void) => () => void;

/** The record vis draws for an event id (null if there is no such event). */
export type EventDescriber = (eventId: string) => TimelineItemRecord | null;

type Window = { start: number; end: number };

/** Each + or − halves or doubles the window. */
const ZOOM_FACTOR = 2;
const ZOOM_MIN = 14 * DAY_MS;
const ZOOM_MAX = LONGEST_WINDOW_MS;
/** An item's own element (a box or a bar), not the stem or dot vis draws beside a box. */
const ITEM_ELEMENT = '.vis-item[data-id]:not(.vis-line, .vis-dot)';
/** How long vis must go without a redraw before what is out of sight is counted again. */
const SETTLE_MS = 80;
/** Redraws an opened event's box is measured over before the reveal gives up. */
const MAX_REVEAL_TRIES = 4;
/** How long after a window is asked for (a link, the host) the opened event does not move it. */
const REVEAL_SUPPRESS_MS = 1_500;
/** Room kept between an opened event's box and the edges of the view, in pixels. */
const REVEAL_MARGIN_PX = 16;
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
/**
 * In lanes, each lane draws at least this many of the window's events as themselves before it
 * clusters (a small timeline's lanes show each event); past it, the lanes share one line's budget.
 */
const LANE_MIN_BUDGET = 12;

const LINE_ORIENTATION = { axis: 'bottom', item: 'bottom' } as const;
const LANES_ORIENTATION = { axis: 'top', item: 'top' } as const;

export const TIMELINE_OPTIONS: TimelineOptions = {
  // No zooming to hours or out to millennia: news happens in days, months and years.
  zoomMin: ZOOM_MIN,
  zoomMax: ZOOM_MAX,
  stack: true,
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  orientation: LINE_ORIENTATION,
  margin: { item: { horizontal: 4, vertical: 6 } },
  height: '100%',
  // Dense periods stack higher than the view: drag scrolls vertically instead of clipping items,
  // while the wheel keeps zooming (preferZoom).
  verticalScroll: true,
  preferZoom: true,
  // Our template returns a node built from text only; vis keeps its sanitiser on for strings.
  template: (item: TimelineItemRecord) => (item.kind === 'era' ? renderEra(item) : renderItemContent(item)),
  // Each item's element says which event it draws: the controller measures the opened one's box.
  dataAttributes: ['id'],
  // Lanes (vis's groups) keep the order they are given; their labels are text nodes too.
  groupOrder: 'order',
  groupTemplate: (group: LaneGroupRecord | null) => renderLaneLabel(group),
  // The axis in the interface's language (vis's own labels are moment's English).
  format: AXIS_FORMAT,
};

export const createVisTimeline: WidgetFactory = (container, items, options) => {
  const timeline = new Timeline(container, items, options);
  showItemsOnRedraw(timeline);
  drawNewItemsTogether(timeline);
  readLanePlaceOncePerRedraw(timeline);
  keepItemsInDrawnMargins(timeline);
  hideCutMinorLabels(timeline);
  redrawAxisOnlyWhenChanged(timeline);
  return Object.assign(timeline, {
    relayout: () => redrawWithoutRemeasuring(timeline),
    changeItems: (change: () => void) => changeItemsThenRedraw(timeline, change),
  });
};

export class TimelineController {
  private readonly items = new DataSet<TimelineItemRecord, 'id'>();
  private readonly widget: TimelineWidget;
  private index = new TimelineIndex([]);
  /** The lanes and each one's own index (null: one line); the index above holds every shown event. */
  private lanes: { id: string; index: TimelineIndex }[] | null = null;
  private readonly groups = new DataSet<LaneGroupRecord, 'id'>();
  private describe: EventDescriber = () => null;
  /** What the events belong to: a new one is fitted anew; a tiled timeline stays one as tiles arrive. */
  private timelineKey: unknown = null;
  /** The tiles of a tiled timeline not read yet, drawn as their counts. */
  private placeholders: readonly TilePlaceholder[] = [];
  /** The eras' bands: few, so always fed whatever the window. */
  private eraRecords: readonly TimelineItemRecord[] = [];
  /** Event records already built, by id: labels are formatted once, when an event is first drawn. */
  private readonly eventRecords = new Map<string, TimelineItemRecord>();
  /** What vis holds now, by id. */
  private fed = new Map<string, TimelineItemRecord>();
  private fedFor: (WindowContent & Pick<WindowRequest, 'maxPerBin' | 'atMaxZoom'>) | null = null;
  private hasShownEvents = false;
  private sizePx: { width: number; height: number };
  private selectedId: string | null = null;
  private pendingWindow: Window | null = null;
  /** True once the reader (or the page's URL, or the host) chose the window: a filter then keeps it. */
  private windowChosen = false;
  /** Set when the opened event must be brought fully into view at the next redraw. */
  private revealPending = false;
  private revealTries = 0;
  private inAfterRedraw = false;
  /** Until then, a window someone asked for (with the event to open) is not moved to reveal it. */
  private suppressRevealUntil = 0;
  private reportedWindow: Window | null = null;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  /** Null until first counted: a new timeline always reports, clearing a count left by the last. */
  private outOfSight: OutOfSight | null = null;
  private extent: TimelineExtent | null = null;
  private destroyed = false;
  /** Cancels the timeline's catch-up with a new selection or size, while one waits for a paint. */
  private pendingSelection: (() => void) | null = null;
  private pendingResize: (() => void) | null = null;

  /**
   * `later` runs what a click or a resize asks of the timeline: vis redraws everything it holds, so
   * that waits until the panel the reader asked for has been painted.
   */
  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: TimelineCallbacks,
    factory: WidgetFactory = createVisTimeline,
    private readonly later: Scheduler = afterNextPaint,
  ) {
    this.sizePx = measure(container);
    this.widget = factory(container, this.items, TIMELINE_OPTIONS);
    this.widget.on('select', ({ items }) => {
      const id = items.length > 0 ? String(items[0]) : null;
      if (id !== null && isTileId(id)) {
        this.openTile(id);
        return;
      }
      if (id !== null && isClusterId(id)) {
        this.openCluster(id);
        return;
      }
      const eventId = id === null ? null : itemSubject(id);
      this.selectedId = eventId;
      this.pendingSelection?.();
      callbacks.onSelect(eventId);
      // vis marked the clicked item itself. Once the panel is painted, a label clicked where an
      // edge cuts it is brought into view like one opened otherwise; in lanes, the event is marked
      // in each of its lanes.
      this.pendingSelection = this.later(() => {
        this.pendingSelection = null;
        if (this.lanes && eventId !== null) this.widget.setSelection(this.drawnItemIds(eventId));
        this.requestReveal();
        this.widget.relayout();
      });
    });
    // While the reader drags or zooms, vis redraws on the next frame; feeding it here, before that
    // frame, means the frame shows the new window's items.
    this.widget.on('rangechange', () => {
      this.refeed(false);
      this.updateScale();
    });
    this.widget.on('rangechanged', ({ start, end, byUser }) => {
      if (byUser) this.windowChosen = true;
      this.reportedWindow = { start: start.getTime(), end: end.getTime() };
      callbacks.onWindowChange(this.reportedWindow);
    });
    this.widget.on('changed', () => this.afterRedraw());
    this.updateScale();
  }

  /**
   * The events to show, in chronological order (the filter is applied by leaving events out), and
   * how to draw one. A new describer (a new dataset) redraws every event.
   */
  setEvents(
    entries: readonly TimelineEntry[],
    describe: EventDescriber,
    timelineKey: unknown = describe,
  ): void {
    if (describe !== this.describe) {
      // Another dataset (or more of a tiled one): its events are drawn anew.
      this.describe = describe;
      this.eventRecords.clear();
    }
    if (timelineKey !== this.timelineKey) {
      // Another timeline: fitted (or shown where asked) once.
      this.timelineKey = timelineKey;
      this.hasShownEvents = false;
    }
    const previous = this.index;
    this.index = TimelineIndex.of(entries);
    if (!this.hasShownEvents && (entries.length > 0 || this.placeholders.length > 0)) {
      // Fit (or show the window asked for) when there is first something to show.
      this.hasShownEvents = true;
      const initial = this.pendingWindow ?? this.fullWindow();
      // A window the link asked for is shown as asked, not moved to reveal an event opened with it.
      if (this.pendingWindow) this.windowChosen = true;
      if (this.pendingWindow) this.suppressRevealUntil = performance.now() + REVEAL_SUPPRESS_MS;
      this.pendingWindow = null;
      if (initial) this.moveTo(initial, false);
    } else if (
      this.index !== previous &&
      entries.length > 0 &&
      !this.windowChosen &&
      this.placeholders.length === 0 // a tile arriving does not move a tiled timeline
    ) {
      // A filter or search: fit what it leaves, unless the reader chose the window by hand. (One
      // that matches nothing keeps the window, for the next that matches something.)
      const fit = this.fullWindow();
      const now = this.currentWindow();
      if (fit && (Math.abs(fit.start - now.start) > 1 || Math.abs(fit.end - now.end) > 1))
        this.moveTo(fit, false);
    }
    this.refeed(true);
    if (this.index !== previous) {
      this.revealSelection();
      this.requestReveal();
      // vis may hold the same items (events removed far outside the window): count again anyway.
      this.widget.relayout();
    }
  }

  /**
   * Lanes (vis's groups), each with its own events in chronological order, or null for one line.
   * Always followed by setEvents with the events of every lane, which feeds vis (once, not twice).
   */
  setLanes(lanes: readonly TimelineLane[] | null): void {
    if (this.destroyed) return;
    const wasLanes = this.lanes !== null;
    const sameLanes =
      lanes !== null &&
      this.lanes !== null &&
      lanes.length === this.lanes.length &&
      lanes.every(
        (lane, i) =>
          lane.id === this.lanes![i]!.id && TimelineIndex.of(lane.entries) === this.lanes![i]!.index,
      );
    if (sameLanes) return;
    this.lanes = lanes && lanes.map((lane) => ({ id: lane.id, index: TimelineIndex.of(lane.entries) }));
    const records = (lanes ?? []).map((lane, order): LaneGroupRecord => ({
      id: lane.id,
      content: '',
      order,
      label: lane.label,
      count: lane.entries.length,
      className: `nl-lane nl-lane--${lane.kind}`,
    }));
    if (wasLanes !== (lanes !== null)) {
      // Into lanes or out of them: every item's id changes; vis is emptied first, so it never
      // holds an item whose lane it does not know.
      this.widget.changeItems(() => this.items.clear());
      this.fed = new Map();
      this.fedFor = null;
    }
    const stale = this.groups.getIds().filter((id) => !records.some((record) => record.id === id));
    if (stale.length > 0) this.groups.remove(stale);
    // Only lanes whose name, count or place changed: vis redraws its labels on each update.
    const changed = records.filter((record) => {
      const held = this.groups.get(record.id);
      return (
        !held ||
        held.label !== record.label ||
        held.count !== record.count ||
        held.order !== record.order ||
        held.className !== record.className
      );
    });
    if (changed.length > 0) this.groups.update(changed);
    if (wasLanes !== (lanes !== null)) {
      this.widget.setGroups(lanes ? this.groups : undefined);
      // Lanes read from the top, the first (the chosen or the busiest) first, with the years above
      // them; one line keeps its events stacked up from the axis at the bottom.
      this.widget.setOptions({ orientation: lanes ? LANES_ORIENTATION : LINE_ORIENTATION });
    }
  }

  /** The tiles of a tiled timeline still to read; set before its first events, they are what is fitted. */
  setPlaceholders(placeholders: readonly TilePlaceholder[]): void {
    // Not a tiled timeline before or now (a filter asks again): vis already holds what it should.
    if (placeholders.length === 0 && this.placeholders.length === 0) return;
    const wereTiles = this.placeholders.length > 0;
    this.placeholders = placeholders;
    if (!this.hasShownEvents && placeholders.length > 0) {
      this.setEvents(this.index.entries, this.describe, this.timelineKey);
      return;
    }
    // The last tile read: fit its events (their labels need room the tiles' counts did not).
    const fit = wereTiles && placeholders.length === 0 && !this.windowChosen ? this.fullWindow() : null;
    if (fit) this.moveTo(fit, false);
    this.refeed(true);
  }

  /** The eras' bands (eraItems.ts), drawn behind the events. */
  setEras(records: readonly TimelineItemRecord[]): void {
    if (records === this.eraRecords) return;
    this.eraRecords = records;
    this.refeed(true);
  }

  /** Shows this window (epoch ms); before the first events arrive, it replaces the initial fit. */
  setWindow(window: Window): void {
    if (!this.hasShownEvents) {
      this.pendingWindow = window;
      return;
    }
    this.windowChosen = true;
    this.suppressRevealUntil = performance.now() + REVEAL_SUPPRESS_MS;
    this.moveTo(window, false);
  }

  /** Marks the opened event (vis restyles it) once the panel showing it has been painted. */
  setSelection(id: string | null): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    this.pendingSelection?.();
    this.pendingSelection = this.later(() => {
      this.pendingSelection = null;
      this.showSelection();
    });
  }

  private showSelection(): void {
    if (this.destroyed) return;
    const id = this.selectedId;
    this.refeed(true); // the selected event is always drawn as itself, outside any cluster
    this.widget.setSelection(id !== null ? this.drawnItemIds(id) : []);
    this.requestReveal();
    this.revealSelection();
    // vis restyles a selected item without laying the timeline out again: ask for that, so the box
    // is measured. (Selection changes colours only: no item is measured again.)
    this.widget.relayout();
  }

  /** Halves the window around the opened event if it is in view, else around the events in view. */
  zoomIn(): void {
    this.zoomAround(1 / ZOOM_FACTOR);
  }

  zoomOut(): void {
    this.zoomAround(ZOOM_FACTOR);
  }

  fitAll(): void {
    const window = this.fullWindow();
    this.windowChosen = false;
    if (window) this.moveTo(window, true);
  }

  /** Brings the nearest events out of sight in one direction into view (the cues' action). */
  showOutOfSight(direction: keyof OutOfSight): void {
    const { start, end } = this.currentWindow();
    const span = end - start;
    this.windowChosen = true;
    if (direction === 'earlier') {
      // Most of a window back, or straight to the nearest event before it if that is further.
      const nearest = this.index.entries[this.index.lowerBound(start) - 1];
      const newEnd = Math.min(start + span * 0.2, nearest ? nearest.start + span * 0.25 : Infinity);
      this.moveTo({ start: newEnd - span, end: newEnd }, true);
      return;
    }
    if (direction === 'later') {
      const nearest = this.index.entries[this.index.lowerBound(end)];
      const newStart = Math.max(end - span * 0.2, nearest ? nearest.start - span * 0.25 : -Infinity);
      this.moveTo({ start: newStart, end: newStart + span }, true);
      return;
    }
    // The stack scrolls: focus() scrolls it to the nearest such item (and centres it, which is
    // undone at once).
    const view = this.viewBox();
    let target: { id: string; distance: number } | null = null;
    for (const item of this.itemsOutOfView()) {
      if (item.where !== direction || !view) continue;
      const box = this.itemElement(item.id)?.getBoundingClientRect();
      if (!box) continue;
      const distance = direction === 'above' ? view.top - box.top : box.bottom - view.bottom;
      if (!target || distance < target.distance) target = { id: item.id, distance };
    }
    if (!target) return;
    this.widget.focus(target.id, { zoom: false, animation: false });
    this.widget.setWindow(new Date(start), new Date(end), { animation: false });
  }

  /**
   * The container changed size (a panel opened): vis only polls for that once a second. Redrawn
   * after the next paint: until then vis's box, which clips, shows the old layout cut short.
   */
  handleResize(): void {
    if (this.destroyed || this.pendingResize) return;
    this.pendingResize = this.later(() => {
      this.pendingResize = null;
      this.fitToSize();
    });
  }

  private fitToSize(): void {
    if (this.destroyed) return;
    this.sizePx = measure(this.container);
    this.updateScale();
    this.requestReveal();
    this.widget.redraw();
    this.refeed(true);
    this.revealSelection();
  }

  /**
   * Measures how far down the page the timeline reaches now, and reports it if that changed. Called
   * on demand (the embed asks each time it works out its height): the stack's height is read from
   * the DOM, which costs a layout, and nothing else needs it.
   */
  measureExtent(): void {
    if (this.destroyed) return;
    const extent = measureTimelineExtent(this.container);
    if (sameExtent(extent, this.extent)) return;
    this.extent = extent;
    this.callbacks.onExtentChange?.(extent);
  }

  /** Safe to call twice (StrictMode mounts, unmounts and mounts again): vis throws on a second destroy. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    this.pendingSelection?.();
    this.pendingResize?.();
    this.widget.destroy();
    if (this.extent !== null) {
      this.extent = null;
      this.callbacks.onExtentChange?.(null);
    }
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
    const selected = this.selectedEntry() ?? null;
    const next = new Map<string, TimelineItemRecord>();
    let content: WindowContent;
    if (this.lanes) {
      content = this.laneContent({ ...window, ...scale, widthPx: width, selected }, next);
    } else {
      content = windowContent(this.index, { ...window, ...scale, widthPx: width, selected });
      for (const item of content.items) {
        const record = this.recordFor(item);
        if (record) next.set(record.id, record);
      }
    }
    for (const tile of this.placeholders) {
      if (tile.start <= window.end && tile.end + DAY_MS >= window.start)
        next.set(tileId(tile.file), toTileItem(tile));
    }
    for (const era of this.eraRecords) next.set(era.id, era);
    const removed = [...this.fed.keys()].filter((id) => !next.has(id));
    const changed = [...next.values()].filter((record) => !sameItem(this.fed.get(record.id), record));
    // An item that changed is taken out and added again rather than updated: vis redraws an
    // updated item at once, measuring it (a layout each), and leaves an added one to the frame.
    const replaced = changed.filter((record) => this.fed.has(record.id)).map((record) => record.id);
    this.widget.changeItems(() => {
      if (removed.length + replaced.length > 0) this.items.remove([...removed, ...replaced]);
      if (changed.length > 0) this.items.add(changed);
    });
    const before = this.selectedId !== null ? this.drawnItemIds(this.selectedId) : [];
    this.fed = next;
    this.fedFor = { ...content, ...scale };
    this.forgetRecordsNotDrawn();
    // vis forgets the selection of an item it no longer holds; select it again when it comes back.
    if (this.selectedId !== null) {
      const after = this.drawnItemIds(this.selectedId);
      if (after.some((id) => !before.includes(id) || replaced.includes(id))) this.widget.setSelection(after);
    }
  }

  /**
   * Each lane's window, clustered on its own (a lane's dense days fold into its own bars), with
   * every item's id made unique to its lane. The lanes share the budget of items drawn as themselves.
   */
  private laneContent(request: WindowRequest, next: Map<string, TimelineItemRecord>): WindowContent {
    const lanes = this.lanes ?? [];
    const budget = Math.max(LANE_MIN_BUDGET, Math.floor(UNCLUSTERED_BUDGET / Math.max(lanes.length, 1)));
    // Each lane has its share of the view's rows: a busy lane folds its dense periods rather than
    // stacking boxes higher than its share, which would push the lanes below out of sight. At the
    // deepest zoom a cluster cannot be opened by zooming in, so there a lane folds as one line does.
    const laneRows = (this.sizePx.height - AXIS_PX) / ROW_PX / Math.max(lanes.length, 1);
    const maxPerBin = request.atMaxZoom
      ? request.maxPerBin
      : Math.max(2, Math.min(request.maxPerBin, Math.floor(laneRows / 3)));
    const items: DisplayItem[] = [];
    let covered: Omit<WindowContent, 'items'> | null = null;
    for (const lane of lanes) {
      const { selected } = request;
      const content = windowContent(lane.index, {
        ...request,
        maxPerBin,
        budget,
        selected: selected ? (lane.index.find(selected.id, selected.start) ?? null) : null,
      });
      covered ??= content;
      for (const item of content.items) {
        const laneItem = { ...item, id: laneItemId(item.id, lane.id) };
        const record = this.recordFor(item);
        if (!record) continue;
        next.set(laneItem.id, { ...record, id: laneItem.id, group: lane.id });
        items.push(laneItem);
      }
    }
    const empty = windowContent(new TimelineIndex([]), request);
    return { ...(covered ?? empty), items };
  }

  /** The ids vis holds for an event: its own, or one per lane it is drawn in. */
  private drawnItemIds(eventId: string): string[] {
    if (!this.lanes) return this.fed.has(eventId) ? [eventId] : [];
    return this.lanes.map((lane) => laneItemId(eventId, lane.id)).filter((id) => this.fed.has(id));
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
    this.keepSelectionOnBarClick();
    const cluster = this.fedFor?.items.find((item) => item.id === id);
    if (!cluster || cluster.kind !== 'cluster') return;
    const last = cluster.ongoing ? Math.max(cluster.last, this.currentWindow().end) : cluster.last;
    this.zoomTo(cluster.first, last);
  }

  /** A click on a tile not read yet zooms to it, which reads it. */
  private openTile(id: string): void {
    this.keepSelectionOnBarClick();
    const tile = this.placeholders.find((candidate) => tileId(candidate.file) === id);
    if (!tile) return;
    this.windowChosen = true;
    this.zoomTo(tile.start, tile.end);
  }

  /** vis selected the bar clicked: the opened event stays the selection instead. */
  private keepSelectionOnBarClick(): void {
    this.widget.setSelection(this.selectedId !== null ? this.drawnItemIds(this.selectedId) : []);
  }

  /** Zooms, animated, to this span with a little room on each side (or as close as vis goes). */
  private zoomTo(first: number, last: number): void {
    const middle = (first + last) / 2;
    const span = Math.max((last - first) * (1 + 2 * FIT_PADDING), ZOOM_MIN);
    this.moveTo({ start: middle - span / 2, end: middle + span / 2 }, true);
  }

  private moveTo(window: Window, animation: boolean): void {
    this.widget.setWindow(new Date(window.start), new Date(window.end), { animation });
    if (animation) return; // vis reports each step of an animation with 'rangechange'
    this.refeed(false);
    this.reportedWindow = this.currentWindow();
    this.callbacks.onWindowChange(this.reportedWindow); // an unanimated move emits no 'rangechanged'
  }

  /**
   * Everything, with a little room on each side, and room for the labels of the first and last
   * single-date events: vis centres a label on its date and would otherwise cut it at the edge.
   */
  private fullWindow(): Window | null {
    const extent = this.drawnExtent();
    if (!extent) return null;
    const labelShare = Math.min(HALF_LABEL_PX / this.sizePx.width, MAX_LABEL_SHARE / 2);
    // Each edge is held by the events' extent (plus padding) or by a label's half-width, both
    // shares of the window's width: the width is the largest that any pair of them asks for.
    const rights = [{ at: extent.end, share: FIT_PADDING }];
    const lefts = [{ at: extent.start, share: FIT_PADDING }];
    // A label centred on its date needs half its width on each side; one that ends at its date (a
    // date known by its bounds) its whole width before it, and nothing after but the padding.
    if (extent.lastPoint !== undefined) rights.push({ at: extent.lastPoint, share: labelShare });
    if (extent.firstPoint !== undefined) lefts.push({ at: extent.firstPoint, share: labelShare });
    if (extent.firstEndingPoint !== undefined)
      lefts.push({ at: extent.firstEndingPoint, share: 2 * labelShare });
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

  /** The events' extent, and the tiles' still to read. */
  private drawnExtent(): ReturnType<TimelineIndex['extent']> {
    const events = this.index.extent();
    if (this.placeholders.length === 0) return events;
    const start = Math.min(...this.placeholders.map((tile) => tile.start), events?.start ?? Infinity);
    const end = Math.max(...this.placeholders.map((tile) => tile.end + DAY_MS), events?.end ?? -Infinity);
    return { ...events, start, end };
  }

  private currentWindow(): Window {
    const { start, end } = this.widget.getWindow();
    return { start: start.getTime(), end: end.getTime() };
  }

  /**
   * Brings the opened event's date into the window if it is outside it (its box is not drawn yet);
   * the box itself is brought fully into view once drawn (see revealDrawnBox).
   */
  private revealSelection(): void {
    const entry = this.selectedEntry();
    if (!entry || this.isInWindow(entry)) return;
    const { start, end } = this.currentWindow();
    const span = Math.max(end - start, (entry.end ?? entry.start) - entry.start);
    const middle = middleOf(entry);
    this.moveTo({ start: middle - span / 2, end: middle + span / 2 }, false);
  }

  private requestReveal(): void {
    this.revealPending = this.selectedId !== null;
    this.revealTries = 0;
  }

  /** After vis drew: reveal the opened event's box if asked; count what is out of sight once settled. */
  private afterRedraw(): void {
    if (this.destroyed || this.inAfterRedraw) return;
    this.inAfterRedraw = true; // a reveal moves the window, which redraws again, synchronously
    try {
      if (this.revealPending && performance.now() < this.suppressRevealUntil) this.revealPending = false;
      if (this.revealPending) {
        // One try per redraw (vis redraws on the next frame: a bar zoomed out to fit is measured
        // again then), a few at most: an event vis does not draw is not waited for forever.
        this.revealTries++;
        this.revealPending = !this.revealDrawnBox() && this.revealTries < MAX_REVEAL_TRIES;
        if (this.revealPending) this.widget.relayout();
      }
      this.scheduleSettled();
    } finally {
      this.inAfterRedraw = false;
    }
  }

  /**
   * Once vis stops redrawing (a drag or an animation redraws every frame), count what is out of
   * sight and report the window: measuring labels every frame would slow every pan.
   */
  private scheduleSettled(): void {
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null;
      if (this.destroyed) return;
      this.reportOutOfSight();
      this.reportWindowIfMoved();
    }, SETTLE_MS);
  }

  /**
   * Pans (or zooms out) so that the opened event's drawn box, not just its date, is inside the view
   * with a margin, then scrolls a tall stack to it. Returns false while the box is not drawn yet.
   */
  private revealDrawnBox(): boolean {
    const view = this.viewBox();
    const box = this.selectedBox();
    // Nothing to measure (no event, the timeline scrolled off the page): nothing to wait for.
    if (!view) return true;
    if (!box) return this.selectedEntry() === undefined;
    const { start, end } = this.currentWindow();
    const msPerPx = (end - start) / view.width;
    const room = view.width - 2 * REVEAL_MARGIN_PX;
    if (box.width > room && this.selectedEntry()?.end !== undefined) {
      // A bar wider than the view: zoom out until it fits, centred. (A label never is: its CSS
      // width is capped by the view's.)
      const middle = start + ((box.left + box.right) / 2 - view.left) * msPerPx;
      const span = (box.width / room) * (end - start) * 1.02;
      this.moveTo({ start: middle - span / 2, end: middle + span / 2 }, false);
      return false; // measured again after that redraw
    }
    let shiftPx = 0;
    if (box.left < view.left + REVEAL_MARGIN_PX) shiftPx = box.left - view.left - REVEAL_MARGIN_PX;
    else if (box.right > view.right - REVEAL_MARGIN_PX) shiftPx = box.right - view.right + REVEAL_MARGIN_PX;
    if (shiftPx !== 0) {
      const shift = shiftPx * msPerPx;
      this.moveTo({ start: start + shift, end: end + shift }, false);
    }
    const drawnId = this.selectedId !== null ? this.drawnItemIds(this.selectedId)[0] : undefined;
    if ((box.top < view.top || box.bottom > view.bottom) && drawnId !== undefined) {
      // Only the stack hides it: scroll to it, then put back the window (focus() also centres it).
      const window = this.currentWindow();
      this.widget.focus(drawnId, { zoom: false, animation: false });
      this.widget.setWindow(new Date(window.start), new Date(window.end), { animation: false });
    }
    return true;
  }

  private zoomAround(factor: number): void {
    const { start, end } = this.currentWindow();
    const span = Math.min(Math.max((end - start) * factor, ZOOM_MIN), ZOOM_MAX);
    const centre = this.zoomCentre({ start, end });
    this.windowChosen = true;
    this.moveTo({ start: centre - span / 2, end: centre + span / 2 }, true);
  }

  /** The opened event if it is in the window, else the middle of the events in it, else the window's. */
  private zoomCentre(window: Window): number {
    const selected = this.selectedEntry();
    if (selected && this.isInWindow(selected)) {
      const box = this.selectedBox();
      const view = this.viewBox();
      if (box && view) {
        const msPerPx = (window.end - window.start) / view.width;
        return window.start + ((box.left + box.right) / 2 - view.left) * msPerPx;
      }
      return middleOf(selected);
    }
    const first = this.index.lowerBound(window.start);
    const last = this.index.lowerBound(window.end) - 1;
    if (first <= last) return (this.index.entries[first]!.start + this.index.entries[last]!.start) / 2;
    return (window.start + window.end) / 2;
  }

  /**
   * Pixels per day, for the CSS that draws a bounded event's reach back in time, and the view's
   * width, which caps a label's so that an opened event's box always fits beside the panel.
   */
  private updateScale(): void {
    const { start, end } = this.currentWindow();
    const pxPerDay = (this.sizePx.width * DAY_MS) / Math.max(end - start, 1);
    this.container.style?.setProperty('--px-per-day', pxPerDay.toFixed(6));
    this.container.style?.setProperty('--view-px', String(Math.round(this.sizePx.width)));
  }

  /** The part of the page where items can be seen: vis's centre panel, within the frame. */
  private viewBox(): DOMRect | null {
    const panel = this.container.querySelector?.('.vis-panel.vis-center');
    if (!panel) return null;
    const box = panel.getBoundingClientRect();
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, window.innerHeight);
    if (box.width === 0 || bottom <= top) return null;
    return new DOMRect(box.left, top, box.width, bottom - top);
  }

  /** The opened event's box (in lanes, in the first lane that draws it). */
  private selectedBox(): DOMRect | null {
    const id = this.selectedId !== null ? this.drawnItemIds(this.selectedId)[0] : undefined;
    if (id === undefined) return null;
    const element = this.itemElement(id);
    return element ? element.getBoundingClientRect() : null;
  }

  private itemElement(id: string): Element | null {
    return this.container.querySelector?.(`${ITEM_ELEMENT}[data-id="${CSS.escape(id)}"]`) ?? null;
  }

  /**
   * Every drawn event or cluster whose label the reader cannot see: off a side of the view, above or
   * below it in a tall stack, or under another element. Fed items vis has not drawn (beyond the
   * window) are off a side by their date.
   */
  private itemsOutOfView(): { id: string; count: number; where: keyof OutOfSight }[] {
    const view = this.viewBox();
    const { start, end } = this.currentWindow();
    const out: { id: string; count: number; where: keyof OutOfSight }[] = [];
    // One pass over what vis drew, not one query per item.
    const drawn = new Map<string, Element>();
    for (const element of this.container.querySelectorAll?.(ITEM_ELEMENT) ?? [])
      drawn.set(element.getAttribute('data-id') ?? '', element);
    const covered = this.fedFor;
    for (const item of covered?.items ?? []) {
      const count = item.kind === 'cluster' ? item.count : 1;
      if (item.kind === 'event' && covered && this.countedByIndex(item.id, covered)) continue;
      const element = view ? drawn.get(item.id) : undefined;
      const label = element?.querySelector('.nl-item__title, .nl-cluster__count');
      if (!view || !label) {
        const record = this.fed.get(item.id);
        if (!record) continue;
        const last = (record.end ?? record.start).getTime();
        if (last < start) out.push({ id: item.id, count, where: 'earlier' });
        else if (record.start.getTime() > end) out.push({ id: item.id, count, where: 'later' });
        continue;
      }
      const where = whereOutOfView(label, view, this.container.closest?.('.timeline') ?? this.container);
      if (where) out.push({ id: item.id, count, where });
    }
    return out;
  }

  /**
   * True for an event fed beyond the covered span (the opened one, which is always fed): the index
   * already counts it as earlier or later than what vis holds.
   */
  private countedByIndex(id: string, covered: WindowContent): boolean {
    const record = this.fed.get(id);
    if (!record) return false;
    const start = record.start.getTime();
    const last = (record.end ?? record.start).getTime();
    return (start < covered.coveredStart && last < covered.coveredStart) || start >= covered.coveredEnd;
  }

  /** vis moves the window without telling (a resize, a focus): the page's copy must not go stale. */
  private reportWindowIfMoved(): void {
    const window = this.currentWindow();
    const reported = this.reportedWindow;
    if (reported && reported.start === window.start && reported.end === window.end) return;
    this.reportedWindow = window;
    this.callbacks.onWindowChange(window);
  }

  /** Counts what is out of sight (fed items measured, the rest by date) and reports a change. */
  private reportOutOfSight(): void {
    const counts = { ...NOTHING_OUT_OF_SIGHT };
    // In lanes, an event drawn in two lanes is one event out of sight, not two.
    const counted = new Set<string>();
    for (const { id, count, where } of this.itemsOutOfView()) {
      const subject = itemSubject(id);
      if (!isClusterId(subject)) {
        if (counted.has(subject)) continue;
        counted.add(subject);
      }
      counts[where] += count;
    }
    const covered = this.fedFor;
    if (covered) {
      // Never fed: before or after the span vis holds. Spans under way at its start are fed.
      counts.earlier +=
        this.index.lowerBound(covered.coveredStart) - this.index.spansCrossing(covered.coveredStart).length;
      counts.later += this.index.size - this.index.lowerBound(covered.coveredEnd);
    }
    const previous = this.outOfSight;
    if (
      previous &&
      counts.earlier === previous.earlier &&
      counts.later === previous.later &&
      counts.above === previous.above &&
      counts.below === previous.below
    )
      return;
    this.outOfSight = counts;
    this.callbacks.onOutOfSight?.(counts);
  }

  private isInWindow(entry: TimelineEntry): boolean {
    const { start, end } = this.currentWindow();
    return entry.start <= end && (entry.end ?? entry.start) >= start;
  }
}

/** The instant in the middle of where an entry sits: its date, or the middle of its span. */
function middleOf(entry: TimelineEntry): number {
  return entry.end === undefined ? entry.start : (entry.start + entry.end) / 2;
}

/**
 * Where a label lies if the reader cannot see it whole: off a side, above or below the view, or
 * clipped or covered by the timeline's own drawing (then by where its item runs past the view, else
 * by which half of the view it is in); null when the browser hits it at its start, middle and end.
 */
function whereOutOfView(label: Element, view: DOMRect, timeline: Element): keyof OutOfSight | null {
  const box = label.getBoundingClientRect();
  if (box.left < view.left - 1) return 'earlier';
  if (box.right > view.right + 1) return 'later';
  if (box.top < view.top - 1) return 'above';
  if (box.bottom > view.bottom + 1) return 'below';
  const item = label.closest('.vis-item') ?? label;
  const y = box.top + box.height / 2;
  const seen = [box.left + 2, box.left + box.width / 2, box.right - 2].every((x) => {
    const hit = label.ownerDocument.elementFromPoint(x, y);
    // Something of the timeline's own over it (a bar's edge, another label) hides it; a menu
    // opened over the page for a moment does not count: nothing would count again when it closes.
    return hit !== null && (label.contains(hit) || !timeline.contains(hit));
  });
  if (seen) return null;
  const itemBox = item.getBoundingClientRect();
  if (itemBox.left < view.left - 1) return 'earlier';
  if (itemBox.right > view.right + 1) return 'later';
  return y < view.top + view.height / 2 ? 'above' : 'below';
}

function sameItem(a: TimelineItemRecord | undefined, b: TimelineItemRecord): boolean {
  return (
    a !== undefined &&
    a.start.getTime() === b.start.getTime() &&
    a.end?.getTime() === b.end?.getTime() &&
    a.type === b.type &&
    a.align === b.align &&
    a.style === b.style &&
    a.className === b.className &&
    a.label === b.label &&
    a.dateLabel === b.dateLabel &&
    a.uncertain === b.uncertain &&
    a.group === b.group
  );
}

/** The drawing area's size; a container not laid out yet (or a test's fake) gets a typical one. */
function measure(container: HTMLElement): { width: number; height: number } {
  return {
    width: container.clientWidth || DEFAULT_SIZE.width,
    height: container.clientHeight || DEFAULT_SIZE.height,
  };
}
