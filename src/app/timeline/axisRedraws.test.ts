// The time axis skips a redraw that would draw the same thing: on a stand-in for vis's TimeAxis.
import { describe, expect, it } from 'vitest';
import type { Timeline } from 'vis-timeline/esnext';
import { redrawAxisOnlyWhenChanged } from './axisRedraws';

/** A class of its own per test: the change is made once per prototype. */
function standInAxis() {
  class StandInAxis {
    draws = 0;
    charWidth = 7;
    props: Record<string, number> = {};
    dom = { foreground: { offsetWidth: 900, isConnected: true } };
    body = {
      range: { start: 1_000, end: 2_000 },
      domProps: { root: { height: 600 }, top: { height: 40 }, bottom: { height: 0 } },
    };
    redraw(): boolean {
      this.draws++;
      return this.draws === 1;
    }
    setOptions(): void {}
    _calculateCharSize(): void {
      this.props.minorCharWidth = this.charWidth;
      this.props.minorCharHeight = 16;
      this.props.majorCharHeight = 16;
    }
  }
  const axis = new StandInAxis();
  redrawAxisOnlyWhenChanged({ timeAxis: axis } as unknown as Timeline);
  return axis;
}

describe('redrawAxisOnlyWhenChanged', () => {
  it('draws the axis once for the same dates, width, height and label size, and says it was not resized', () => {
    const axis = standInAxis();
    expect(axis.redraw()).toBe(true);
    expect(axis.redraw()).toBe(false);
    expect(axis.redraw()).toBe(false);
    expect(axis.draws).toBe(1);
  });

  it('draws it again when the dates in view, its width, the timeline’s height or a label’s size change', () => {
    const axis = standInAxis();
    axis.redraw();
    axis.body.range = { start: 1_000, end: 3_000 };
    axis.redraw();
    expect(axis.draws).toBe(2);
    axis.dom.foreground.offsetWidth = 700;
    axis.redraw();
    expect(axis.draws).toBe(3);
    axis.body.domProps.root.height = 500;
    axis.redraw();
    expect(axis.draws).toBe(4);
    axis.charWidth = 8; // a web font arrived
    axis.redraw();
    expect(axis.draws).toBe(5);
    axis.dom.foreground.isConnected = false;
    axis.redraw();
    expect(axis.draws).toBe(6);
  });

  it('draws it again after its options change, though nothing it measures did', () => {
    const axis = standInAxis();
    axis.redraw();
    axis.setOptions();
    axis.redraw();
    expect(axis.draws).toBe(2);
  });

  it('says so when vis no longer has what it relies on', () => {
    expect(() => redrawAxisOnlyWhenChanged({ timeAxis: {} } as unknown as Timeline)).toThrow(/TimeAxis/);
    expect(() => redrawAxisOnlyWhenChanged({} as unknown as Timeline)).toThrow(/TimeAxis/);
  });
});
