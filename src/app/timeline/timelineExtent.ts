// How far down the page the drawn timeline reaches, read from vis's own elements, so that no code
// outside timeline/ needs to know them (the embed asks its host for a frame that tall).
import type { TimelineExtent } from '../store/state';

/** The axis's height assumed while vis has not drawn it. */
const AXIS_FALLBACK_PX = 40;

/** The extent of the vis Timeline drawn in this container (null before vis has drawn into it). */
export function measureTimelineExtent(container: ParentNode): TimelineExtent | null {
  // A unit test's fake container has no DOM: nothing drawn.
  const timeline = container.querySelector?.<HTMLElement>('.vis-timeline');
  const items = container.querySelector?.<HTMLElement>('.vis-itemset');
  if (!timeline || !items) return null;
  const axis = container.querySelector<HTMLElement>('.vis-time-axis.vis-foreground');
  const box = timeline.getBoundingClientRect();
  const scrollY = timeline.ownerDocument.defaultView?.scrollY ?? 0;
  // The item set's scroll height is the whole stack, however much of it the view shows.
  return {
    bottom: box.bottom + scrollY,
    contentBottom: box.top + scrollY + items.scrollHeight + (axis?.offsetHeight ?? AXIS_FALLBACK_PX),
  };
}

export function sameExtent(a: TimelineExtent | null, b: TimelineExtent | null): boolean {
  return (
    a === b || (a !== null && b !== null && a.bottom === b.bottom && a.contentBottom === b.contentBottom)
  );
}
