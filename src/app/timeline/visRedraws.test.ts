// The changes to how vis redraws, on stand-ins for vis's item set and lanes as far as each reads them.
import { describe, expect, it } from 'vitest';
import type { Timeline } from 'vis-timeline/esnext';
import { drawNewItemsTogether, keepItemsInDrawnMargins, readLanePlaceOncePerRedraw } from './visRedraws';

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

/** A timeline whose one lane is `lane`: each test makes a lane class of its own, as each is changed once. */
function timelineOfLane(lane: object): Timeline {
  return { itemSet: { groups: { lane } } } as unknown as Timeline;
}

describe('keepItemsInDrawnMargins', () => {
  // The view from 1,000 to 2,000 ms: vis's trace draws what starts from 750 to 2,250.
  const range = { start: 1_000, end: 2_000 };
  const drawn = (id: string, start: number, inView = false, displayed = true) => ({
    id,
    displayed,
    data: { start: new Date(start) },
    isVisible: (asked: typeof range) => asked === range && inView,
  });

  function laneLoggingVis(log: string[]) {
    class Lane {
      /** As vis's: an item out of the view itself is hidden. */
      _checkIfVisibleWithReference(
        item: ReturnType<typeof drawn>,
        visibleItems: unknown[],
        lookup: Record<string, boolean>,
        inRange: typeof range,
      ) {
        log.push(`vis:${item.id}`);
        if (item.isVisible(inRange)) {
          lookup[item.id] = true;
          visibleItems.push(item);
        } else if (item.displayed) log.push(`hide:${item.id}`);
      }
    }
    return new Lane();
  }

  it('keeps drawn an item that starts in a margin vis draws, instead of hiding it to draw it again', () => {
    const log: string[] = [];
    const lane = laneLoggingVis(log);
    keepItemsInDrawnMargins(timelineOfLane(lane));
    const visibleItems: unknown[] = [];
    const lookup: Record<string, boolean> = {};
    const late = drawn('late', 2_200);
    const early = drawn('early', 760);
    for (const item of [late, early, late])
      lane._checkIfVisibleWithReference(item, visibleItems, lookup, range);
    expect(visibleItems).toEqual([late, early]);
    expect(log).toEqual([]);
  });

  it('leaves to vis an item beyond the margins, one not drawn yet and one of its clusters', () => {
    const log: string[] = [];
    const lane = laneLoggingVis(log);
    keepItemsInDrawnMargins(timelineOfLane(lane));
    const visibleItems: unknown[] = [];
    const items = [
      drawn('far', 2_300),
      drawn('shown', 1_500, true),
      drawn('new', 1_900, false, false),
      // One of vis's own clusters: vis draws no second pass of those.
      { ...drawn('bundle', 2_100), isCluster: true },
    ];
    for (const item of items) lane._checkIfVisibleWithReference(item, visibleItems, {}, range);
    // The one in the view is kept as vis keeps it.
    expect(log).toEqual(['vis:far', 'hide:far', 'vis:new', 'vis:bundle', 'hide:bundle']);
    expect(visibleItems.map((item) => (item as { id: string }).id)).toEqual(['shown']);
  });

  it('says so when vis no longer has what it relies on', () => {
    expect(() => keepItemsInDrawnMargins(timelineOfLane({}))).toThrow(/_checkIfVisibleWithReference/);
  });
});

describe('readLanePlaceOncePerRedraw', () => {
  /** A lane whose redraw has vis's order: place, items written, place again, label compared. */
  function laneLoggingReads(log: string[]) {
    let labelWidth = 40;
    class Lane {
      height: number | undefined = undefined;
      props: { label: { width?: number; height?: number } } = { label: {} };
      resized: boolean | null = null;
      dom = {
        inner: {
          get clientWidth() {
            log.push('label read');
            return labelWidth;
          },
          clientHeight: 18,
        },
      };
      redraw() {
        return [
          () => this._calculateGroupSizeAndPosition(),
          () => log.push('items written'),
          () => this._calculateGroupSizeAndPosition(),
          () => (this.resized = this._didResize(false, 30)),
        ];
      }
      _calculateGroupSizeAndPosition() {
        log.push('place read');
      }
      /** vis's own reads the label's element again. */
      _didResize(resized: boolean, height: number) {
        log.push(`vis compares ${this.dom.inner.clientWidth} at ${height}`);
        return resized;
      }
    }
    return { lane: new Lane(), widen: () => (labelWidth = 60) };
  }

  it('reads the place and the label once, before the items are written, and compares that reading', () => {
    const log: string[] = [];
    const { lane, widen } = laneLoggingReads(log);
    readLanePlaceOncePerRedraw(timelineOfLane(lane));
    const redraw = () => {
      log.length = 0;
      for (const step of lane.redraw()) step();
    };
    redraw();
    expect(log).toEqual(['place read', 'label read', 'items written']);
    expect([lane.height, lane.props.label, lane.resized]).toEqual([30, { width: 40, height: 18 }, true]);
    redraw();
    expect(lane.resized).toBe(false);
    // Each redraw reads again: a label that changed is seen, and the lane is resized.
    widen();
    redraw();
    expect(log).toEqual(['place read', 'label read', 'items written']);
    expect([lane.props.label.width, lane.resized]).toEqual([60, true]);
  });

  it('leaves the comparison to vis when the lane’s place was not read in this redraw', () => {
    const log: string[] = [];
    const { lane } = laneLoggingReads(log);
    readLanePlaceOncePerRedraw(timelineOfLane(lane));
    lane.redraw();
    expect(lane._didResize(true, 30)).toBe(true);
    expect(log).toEqual(['label read', 'vis compares 40 at 30']);
  });

  it('says so when vis no longer has what it relies on', () => {
    expect(() => readLanePlaceOncePerRedraw(timelineOfLane({}))).toThrow(/_calculateGroupSizeAndPosition/);
  });
});
