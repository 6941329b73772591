// The time axis skips a redraw that would draw the same thing: on a stand-in for vis's TimeAxis.
import { describe, expect, it } from 'vitest';
import type { Timeline } from 'vis-timeline/esnext';
import { redrawAxisOnlyWhenChanged } from './axisRedraws';

/** A class of its own per test: the change is made once per prototype. */
function standInAxis() {
  class StandInAxis {
    draws = 0;
    /** A "0" of each label size, as the page lays it out (a web font's arrival changes it). */
    chars = { minorWidth: 7, minorHeight: 16, majorHeight: 16 };
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
      this.props.minorCharWidth = this.chars.minorWidth;
      this.props.minorCharHeight = this.chars.minorHeight;
      this.props.majorCharHeight = this.chars.majorHeight;
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

  type Axis = ReturnType<typeof standInAxis>;
  const changes: [string, (axis: Axis) => void][] = [
    ['the dates in view start later', (axis) => (axis.body.range = { start: 1_500, end: 2_000 })],
    ['the dates in view end later', (axis) => (axis.body.range = { start: 1_000, end: 3_000 })],
    ['the axis is narrower', (axis) => (axis.dom.foreground.offsetWidth = 700)],
    ['the axis was taken out of the page', (axis) => (axis.dom.foreground.isConnected = false)],
    ['the timeline is shorter', (axis) => (axis.body.domProps.root.height = 500)],
    ['the panel above the items is taller', (axis) => (axis.body.domProps.top.height = 60)],
    ['the panel below the items is taller', (axis) => (axis.body.domProps.bottom.height = 20)],
    ['a small label’s "0" is wider', (axis) => (axis.chars.minorWidth = 8)],
    ['a small label’s "0" is taller', (axis) => (axis.chars.minorHeight = 18)],
    ['a large label’s "0" is taller', (axis) => (axis.chars.majorHeight = 18)],
  ];
  it.each(changes)('draws it again when %s', (_, change) => {
    const axis = standInAxis();
    axis.redraw();
    change(axis);
    axis.redraw();
    expect(axis.draws).toBe(2);
    axis.redraw();
    expect(axis.draws).toBe(2);
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
