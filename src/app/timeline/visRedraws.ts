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
}

interface VisItem {
  displayed: boolean;
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

const patched = new WeakSet<object>();

/**
 * Makes the groups of this timeline (and of every timeline built from the same vis) leave showing
 * a newly added item to the next redraw, which always follows a change of items (vis queues one).
 */
export function showItemsOnRedraw(timeline: Timeline): void {
  const groups = (timeline as unknown as VisInternals).itemSet?.groups;
  const group = groups && Object.values(groups)[0];
  let prototype: object | null = group ? Object.getPrototypeOf(group) : null;
  while (prototype && !Object.prototype.hasOwnProperty.call(prototype, '_checkIfVisible'))
    prototype = Object.getPrototypeOf(prototype);
  if (!prototype) throw new Error('vis-timeline: no Group._checkIfVisible to leave item shows to the redraw');
  if (patched.has(prototype)) return;
  patched.add(prototype);
  const groupPrototype = prototype as VisGroup;
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
