// vis lays the page out far more often than it draws. Showing an item the moment it joins a lane
// (Group.add calls _checkIfVisible, which calls item.show()) and the public redraw(), which first
// redraws every shown item one by one (ItemSet.markDirty({ refreshItems })), each cost a forced
// layout per item: an item's redraw writes its elements, then reads their size. And every change
// to the items (an add, an update, a remove) redraws the whole item set at once, with its layouts,
// before the frame redraw that follows anyway. A filter lifted in lanes (a few hundred items) spent
// tens of milliseconds so. vis's frame redraw shows the window's missing items with all writes
// first and all reads after (Group._updateItemsInRange). These helpers reach vis's internals
// (untyped) to leave the work to that redraw; each throws if what it relies on is gone, so an
// upgrade that changed it is looked at instead of silently running slow or wrong.
import type { Timeline } from 'vis-timeline/esnext';

/** The part of vis's Group this changes. */
interface VisGroup {
  _checkIfVisible(item: VisItem, visibleItems: VisItem[], range: unknown): void;
  redraw(...args: unknown[]): unknown;
  _calculateGroupSizeAndPosition(): void;
  _didResize(resized: boolean, height: number): boolean;
  _checkIfVisibleWithReference(
    item: VisItem,
    visibleItems: VisItem[],
    visibleItemsLookup: Record<string, boolean>,
    range: VisRange,
  ): void;
}

interface VisRange {
  start: number;
  end: number;
}

/** The size of a lane's label, as vis reads it from the label's inner element. */
interface LabelSize {
  clientWidth: number;
  clientHeight: number;
}

/** A lane as readLanePlaceOncePerRedraw marks it. */
interface PlaceReadingLane extends VisGroup {
  dom: { inner: LabelSize };
  height?: number;
  props: { label: { width?: number; height?: number } };
  /** Read with the lane's place at the start of the redraw; cleared when the redraw begins. */
  labelSizeThisRedraw?: LabelSize | null;
}

interface VisItem {
  id: string;
  displayed: boolean;
  data: { start: Date | number };
  /** vis's own clustering (its `cluster` option, which Newsline does not use): left to vis. */
  cluster?: unknown;
  isCluster?: boolean;
  isVisible(range: unknown): boolean;
  /** With `true`: the steps of drawing it (create, append, write, measure, size, extras), not run. */
  redraw(returnQueue: true): (() => unknown)[];
}

/** A lane as drawNewItemsTogether reads it. */
interface VisLane {
  visibleItems?: VisItem[];
  /** At the last redraw: whether the lane was in the view's scrolled height, and its height. */
  isVisible?: boolean | null;
  height?: number;
  /** The height of a hidden element, read at each redraw: a change (a font loaded) redraws every item. */
  dom?: { marker?: HTMLElement };
  lastMarkerHeight?: number;
}

interface VisItemSet {
  groups?: Record<string, VisLane>;
  redraw?: () => boolean;
  _orderGroups?: () => boolean;
  body?: { range?: unknown };
}

interface VisInternals {
  itemSet?: VisItemSet;
  body?: { emitter?: { emit(event: string, properties: object): void } };
}

/** The Group prototypes each change was made to: every timeline built from one vis shares it. */
const patched = new WeakSet<object>();
const placeReadPatched = new WeakSet<object>();
const marginPatched = new WeakSet<object>();

/** The prototype of this timeline's lanes (vis's Group) that defines `method`. */
function groupPrototypeWith(timeline: Timeline, method: keyof VisGroup): VisGroup {
  const groups = (timeline as unknown as VisInternals).itemSet?.groups;
  const group = groups && Object.values(groups)[0];
  let prototype: object | null = group ? Object.getPrototypeOf(group) : null;
  while (prototype && !Object.prototype.hasOwnProperty.call(prototype, method))
    prototype = Object.getPrototypeOf(prototype);
  if (!prototype) throw new Error(`vis-timeline: no Group.${method} to change`);
  return prototype as VisGroup;
}

/**
 * Makes the groups of this timeline (and of every timeline built from the same vis) leave showing
 * a newly added item to the next redraw, which always follows a change of items (vis queues one).
 */
export function showItemsOnRedraw(timeline: Timeline): void {
  const groupPrototype = groupPrototypeWith(timeline, '_checkIfVisible');
  if (patched.has(groupPrototype)) return;
  patched.add(groupPrototype);
  const checkIfVisible = groupPrototype._checkIfVisible;
  groupPrototype._checkIfVisible = function (item, visibleItems, range) {
    // An item already shown is moved or hidden as vis does: the redraw only shows what is missing.
    if (item.displayed) {
      checkIfVisible.call(this, item, visibleItems, range);
      return;
    }
    if (item.isVisible(range)) visibleItems.push(item);
  };
}

/**
 * Makes the lanes keep drawn the items vis is about to draw again in the same redraw. At each redraw
 * vis first hides every drawn item that is not in the view itself (Item.isVisible), then shows again
 * every item that starts in the view or a quarter of its width on either side (Group._traceVisible):
 * the items in those margins were taken out of the page and put back at every frame of a pan (50 to
 * 100 boxes, each with its stem and dot, on one line at 100,000 events), and laid out again each time.
 * Kept, they also keep their place among their siblings instead of moving to the end (stacked boxes
 * do not overlap; only dots on the axis could show which is painted over which). vis's own clusters
 * have no such second pass, so they are left to it.
 */
export function keepItemsInDrawnMargins(timeline: Timeline): void {
  const prototype = groupPrototypeWith(timeline, '_checkIfVisibleWithReference');
  if (marginPatched.has(prototype)) return;
  marginPatched.add(prototype);
  const checkIfVisible = prototype._checkIfVisibleWithReference;
  prototype._checkIfVisibleWithReference = function (item, visibleItems, visibleItemsLookup, range) {
    if (item.displayed && !item.cluster && !item.isCluster && startsInDrawnMargins(item, range)) {
      if (visibleItemsLookup[item.id] === undefined) {
        visibleItemsLookup[item.id] = true;
        visibleItems.push(item);
      }
      return;
    }
    checkIfVisible.call(this, item, visibleItems, visibleItemsLookup, range);
  };
}

/** Sets `key` to `value`, saying whether it changed (vis's util.updateProperty). */
function updated<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): boolean {
  if (target[key] === value) return false;
  target[key] = value;
  return true;
}

/** The bounds of Group._updateItemsInRange's trace: the window and a quarter of it on either side. */
function startsInDrawnMargins(item: VisItem, range: VisRange): boolean {
  const margin = (range.end - range.start) / 4;
  const start = item.data.start.valueOf();
  return start >= range.start - margin && start <= range.end + margin;
}

/**
 * Makes each lane read its place (its foreground's top, left and width) and its label's size once
 * per redraw, before its items are drawn. vis reads the place again after writing every item's
 * horizontal position, and the label after that: each reading lays the page out (every item
 * restyled) in the middle of the redraw, and the vertical positions written next are laid out once
 * more. Nothing between the readings moves the foreground or changes the label: the items are
 * absolutely positioned, and heights are applied after both. On one line at 100,000 events, a pan
 * frame restyled about 670 elements twice where once will do.
 */
export function readLanePlaceOncePerRedraw(timeline: Timeline): void {
  // The lane's own fields (its elements, sizes and reading) are on each lane, read through `this`.
  const prototype = groupPrototypeWith(timeline, '_calculateGroupSizeAndPosition') as PlaceReadingLane;
  if (placeReadPatched.has(prototype)) return;
  placeReadPatched.add(prototype);
  const { redraw, _calculateGroupSizeAndPosition: readPlace, _didResize: didResize } = prototype;
  if (typeof didResize !== 'function' || typeof redraw !== 'function')
    throw new Error('vis-timeline: no Group.redraw or Group._didResize to change');
  prototype.redraw = function (this: PlaceReadingLane, ...args: unknown[]) {
    // The redraw builds its steps now and the item set runs them after: the reading spans both.
    this.labelSizeThisRedraw = null;
    return redraw.apply(this, args);
  };
  prototype._calculateGroupSizeAndPosition = function (this: PlaceReadingLane) {
    if (this.labelSizeThisRedraw) return;
    readPlace.call(this);
    const { clientWidth, clientHeight } = this.dom.inner;
    this.labelSizeThisRedraw = { clientWidth, clientHeight };
  };
  prototype._didResize = function (this: PlaceReadingLane, resized: boolean, height: number) {
    const label = this.labelSizeThisRedraw;
    if (!label) return didResize.call(this, resized, height);
    // vis's own comparison (Group._didResize), given the label's size read before the items were written.
    let changed = updated(this, 'height', height);
    changed = updated(this.props.label, 'width', label.clientWidth) || changed;
    changed = updated(this.props.label, 'height', label.clientHeight) || changed;
    return changed || resized;
  };
}

/**
 * Makes this timeline draw the items that joined any lane since its last redraw all at once, at the
 * start of its next redraw: every one's elements written, then every one measured (one layout),
 * then sized. vis draws them lane by lane, each lane writing then measuring its own, so a filter
 * lifted in lanes laid the page out once per lane (about 4 ms each at 100,000 events). They are the
 * items showItemsOnRedraw left in a lane's list of shown items without drawing them; vis finds them
 * drawn and only places them, and hides, as before, any the window no longer holds.
 */
export function drawNewItemsTogether(timeline: Timeline): void {
  const itemSet = (timeline as unknown as VisInternals).itemSet;
  const orderGroups = itemSet?._orderGroups;
  if (!itemSet || typeof orderGroups !== 'function')
    throw new Error('vis-timeline: no itemSet._orderGroups to draw new items after');
  // After vis puts the lanes in the page (an item is measured in its lane), before it redraws them.
  itemSet._orderGroups = function (this: VisItemSet) {
    const reordered = orderGroups.call(this);
    const lanes = Object.values(this.groups ?? {});
    noteNewLanesMarkers(lanes);
    drawAll(undrawnItems(this, lanes));
    return reordered;
  };
}

/**
 * A new lane has not read its marker yet, so its redraw would take the first reading for a change and
 * draw again every item drawn above. Read now, before they are drawn, they are drawn at that height.
 */
function noteNewLanesMarkers(lanes: readonly VisLane[]): void {
  for (const lane of lanes) {
    const marker = lane.dom?.marker;
    if (lane.lastMarkerHeight === undefined && marker) lane.lastMarkerHeight = marker.clientHeight;
  }
}

function undrawnItems(itemSet: VisItemSet, lanes: readonly VisLane[]): VisItem[] {
  const range = itemSet.body?.range;
  const undrawn: VisItem[] = [];
  for (const lane of lanes) {
    // A lane scrolled out of sight: vis hides its items, so drawing them would be work thrown away.
    if (lane.isVisible === false && lane.height !== undefined) continue;
    for (const item of lane.visibleItems ?? [])
      if (!item.displayed && item.isVisible(range)) undrawn.push(item);
  }
  return undrawn;
}

/** Runs each step of drawing an item for every item before the next step (as vis does in a lane). */
function drawAll(items: readonly VisItem[]): void {
  if (items.length < 2) return;
  const queues = items.map((item) => item.redraw(true));
  const steps = Math.max(...queues.map((queue) => queue.length));
  for (let step = 0; step < steps; step++) for (const queue of queues) queue[step]?.();
}

/**
 * Asks vis for a redraw on the next frame that lays the items out again (and emits 'changed')
 * without redrawing each one first: for when none changed its size (a selection restyles colours;
 * the items fed changed, and vis redraws those itself).
 */
export function redrawWithoutRemeasuring(timeline: Timeline): void {
  const emitter = (timeline as unknown as VisInternals).body?.emitter;
  if (!emitter) throw new Error('vis-timeline: no body.emitter to ask for a redraw with');
  emitter.emit('_change', { queue: true });
}

/**
 * Runs `change` (changes to the timeline's items) without the item set redrawing after each one,
 * then asks for the one redraw of the next frame, which draws them all before the frame is painted.
 */
export function changeItemsThenRedraw(timeline: Timeline, change: () => void): void {
  const itemSet = (timeline as unknown as VisInternals).itemSet;
  if (!itemSet || typeof itemSet.redraw !== 'function')
    throw new Error('vis-timeline: no itemSet.redraw to hold back while the items change');
  // Shadowed on the instance for the change only: vis's own is back right after.
  const own = Object.getOwnPropertyDescriptor(itemSet, 'redraw');
  itemSet.redraw = () => false;
  try {
    change();
  } finally {
    if (own) Object.defineProperty(itemSet, 'redraw', own);
    else delete itemSet.redraw;
  }
  redrawWithoutRemeasuring(timeline);
}
