// Measuring how far down the page the timeline reaches, from vis's elements as the browser lays them out.
import { describe, expect, it } from 'vitest';
import { measureTimelineExtent, sameExtent } from './timelineExtent';

/** A container with vis drawn in it: the root's box, the stack's and axis's heights, the page's scroll. */
function drawnContainer(layout: {
  top: number;
  bottom: number;
  stack: number;
  axis: number | null;
  scrollY: number;
}) {
  const elements: Record<string, object | null> = {
    '.vis-timeline': {
      getBoundingClientRect: () => ({ top: layout.top, bottom: layout.bottom }),
      ownerDocument: { defaultView: { scrollY: layout.scrollY } },
    },
    '.vis-itemset': { scrollHeight: layout.stack },
    '.vis-time-axis.vis-foreground': layout.axis === null ? null : { offsetHeight: layout.axis },
  };
  return { querySelector: (selector: string) => elements[selector] ?? null } as unknown as ParentNode;
}

describe('measureTimelineExtent', () => {
  it('reaches as far down as the whole stack and the axis below it, in page coordinates', () => {
    const container = drawnContainer({ top: 90, bottom: 500, stack: 620, axis: 44, scrollY: 10 });
    expect(measureTimelineExtent(container)).toEqual({ bottom: 510, contentBottom: 90 + 10 + 620 + 44 });
  });

  it('counts an axis not drawn yet as 40 pixels', () => {
    const container = drawnContainer({ top: 0, bottom: 400, stack: 300, axis: null, scrollY: 0 });
    expect(measureTimelineExtent(container)?.contentBottom).toBe(340);
  });

  it('measures nothing before vis has drawn', () => {
    const empty = { querySelector: () => null } as unknown as ParentNode;
    expect(measureTimelineExtent(empty)).toBeNull();
    expect(measureTimelineExtent({} as ParentNode)).toBeNull();
  });
});

describe('sameExtent', () => {
  it('compares by value, null only with null', () => {
    expect(sameExtent({ bottom: 1, contentBottom: 2 }, { bottom: 1, contentBottom: 2 })).toBe(true);
    expect(sameExtent({ bottom: 1, contentBottom: 2 }, { bottom: 1, contentBottom: 3 })).toBe(false);
    expect(sameExtent(null, { bottom: 1, contentBottom: 2 })).toBe(false);
    expect(sameExtent(null, null)).toBe(true);
  });
});
