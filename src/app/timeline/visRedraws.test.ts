// Drawing the items that joined the lanes all at once: vis's item set as far as the helper reads it.
import { describe, expect, it } from 'vitest';
import type { Timeline } from 'vis-timeline/esnext';
import { drawNewItemsTogether } from './visRedraws';

const STEPS = ['create', 'append', 'write', 'measure', 'size', 'extras'] as const;

/** An item whose drawing steps write to a shared log; `inView` is what isVisible answers. */
function item(name: string, log: string[], { inView = true, displayed = false } = {}) {
  const drawn = {
    displayed,
    isVisible: () => inView,
    redraw: (returnQueue: true) => {
      expect(returnQueue).toBe(true);
      return STEPS.map((step) => () => {
        log.push(`${name}:${step}`);
        if (step === 'append') drawn.displayed = true;
      });
    },
  };
  return drawn;
}

/** A lane, new (its marker never read) unless `markerRead` says at what height it was. */
function lane(name: string, log: string[], items: object[], markerRead?: number) {
  const marker = {
    get clientHeight() {
      log.push(`${name}:marker`);
      return 18;
    },
  };
  return { visibleItems: items, dom: { marker }, lastMarkerHeight: markerRead };
}

function timelineWith(groups: Record<string, ReturnType<typeof lane> & object>, log: string[]) {
  const itemSet = {
    groups,
    body: { range: {} },
    _orderGroups: () => {
      log.push('order');
      return true;
    },
  };
  return { timeline: { itemSet } as unknown as Timeline, itemSet };
}

describe('drawNewItemsTogether', () => {
  it('draws every lane’s new items step by step across all lanes, after vis puts the lanes in the page', () => {
    const log: string[] = [];
    const { timeline, itemSet } = timelineWith(
      {
        a: lane('a', log, [item('a1', log), item('a2', log)], 18),
        b: lane('b', log, [item('b1', log)], 18),
      },
      log,
    );
    drawNewItemsTogether(timeline);
    expect(itemSet._orderGroups()).toBe(true);
    // Every item's elements are written before any is measured: one layout for all the lanes.
    expect(log).toEqual([
      'order',
      ...STEPS.flatMap((step) => ['a1', 'a2', 'b1'].map((name) => `${name}:${step}`)),
    ]);
  });

  it('reads a new lane’s marker before drawing, so vis does not draw its items a second time', () => {
    const log: string[] = [];
    const fresh = lane('b', log, [item('b1', log)]);
    const { timeline, itemSet } = timelineWith({ a: lane('a', log, [item('a1', log)], 18), b: fresh }, log);
    drawNewItemsTogether(timeline);
    itemSet._orderGroups();
    expect(fresh.lastMarkerHeight).toBe(18);
    expect(log.slice(0, 3)).toEqual(['order', 'b:marker', 'a1:create']);
    // A lane that has read its marker is left to vis, which compares it again.
    expect(log).not.toContain('a:marker');
  });

  it('leaves drawn items, items out of the window and a lone new item to vis', () => {
    const log: string[] = [];
    const { timeline, itemSet } = timelineWith(
      {
        a: lane(
          'a',
          log,
          [item('a1', log, { displayed: true }), item('a2', log, { inView: false }), item('a3', log)],
          18,
        ),
      },
      log,
    );
    drawNewItemsTogether(timeline);
    itemSet._orderGroups();
    expect(log).toEqual(['order']);
  });

  it('leaves the items of a lane scrolled out of sight to vis, which keeps them hidden', () => {
    const log: string[] = [];
    const hidden = {
      ...lane('b', log, [item('b1', log), item('b2', log)], 18),
      isVisible: false,
      height: 60,
    };
    const { timeline, itemSet } = timelineWith(
      { a: lane('a', log, [item('a1', log), item('a2', log)], 18), b: hidden },
      log,
    );
    drawNewItemsTogether(timeline);
    itemSet._orderGroups();
    expect(log.filter((entry) => entry.startsWith('b'))).toEqual([]);
    expect(log).toContain('a2:measure');
  });

  it('says so when vis no longer has what it relies on', () => {
    expect(() => drawNewItemsTogether({ itemSet: {} } as unknown as Timeline)).toThrow(/_orderGroups/);
  });
});
