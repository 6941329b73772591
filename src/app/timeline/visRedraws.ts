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
}

interface VisInternals {
  itemSet?: { groups?: Record<string, object>; redraw?: () => boolean };
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
