// vis redraws its time axis at every redraw of the timeline: it takes the axis's elements out of
// the page, writes every label and grid line again, and puts them back, so the page restyles and
// lays them out again even when the axis shows the same thing. A filter changes which events are
// drawn, not the dates in view, yet each of its redraws (two when the lanes change height) rebuilt
// the axis. This skips a redraw when nothing the axis is drawn from has changed since the last one.
import type { Timeline } from 'vis-timeline/esnext';

/** The part of vis's TimeAxis this reads and changes (untyped internals). */
interface VisTimeAxis {
  redraw(): boolean;
  setOptions(options: unknown): void;
  /** Measures a "0" of each label size into `props` (vis does it at each redraw: a font may load). */
  _calculateCharSize(): void;
  props: { minorCharWidth?: number; minorCharHeight?: number; majorCharHeight?: number };
  dom: { foreground: HTMLElement };
  body: {
    range: { start: number; end: number };
    domProps: { root: { height: number }; top: { height: number }; bottom: { height: number } };
  };
  /** What the axis was last drawn from; cleared when its options change. */
  drawnFrom?: string | null;
}

const patchedAxes = new WeakSet<object>();

/**
 * Makes this timeline's time axis (and that of every timeline built from the same vis) skip a
 * redraw when the dates in view, its width, the timeline's height, its labels' size, its place and
 * its options are as they were when it was last drawn. It then says it was not resized, as vis
 * would have: the same inputs draw the same axis.
 */
export function redrawAxisOnlyWhenChanged(timeline: Timeline): void {
  const axis = (timeline as unknown as { timeAxis?: object }).timeAxis;
  const prototype = axis ? (Object.getPrototypeOf(axis) as Partial<VisTimeAxis>) : null;
  const { redraw, setOptions, _calculateCharSize: measureChars } = prototype ?? {};
  if (
    !prototype ||
    typeof redraw !== 'function' ||
    typeof setOptions !== 'function' ||
    typeof measureChars !== 'function'
  )
    throw new Error('vis-timeline: no TimeAxis.redraw, setOptions or _calculateCharSize to change');
  if (patchedAxes.has(prototype)) return;
  patchedAxes.add(prototype);
  prototype.redraw = function (this: VisTimeAxis) {
    const inputs = axisInputs(this, measureChars);
    if (inputs === this.drawnFrom) return false;
    const resized = redraw.call(this);
    this.drawnFrom = inputs;
    return resized;
  };
  prototype.setOptions = function (this: VisTimeAxis, options: unknown) {
    this.drawnFrom = null;
    setOptions.call(this, options);
  };
}

/**
 * What vis's TimeAxis.redraw reads that can change without a setOptions, as one string (the app
 * sets no hidden dates, and does not mark today on the axis). The width and the label sizes are
 * read as vis reads them first thing in its redraw, before any write, so reading them here lays
 * the page out no more than vis does.
 */
function axisInputs(axis: VisTimeAxis, measureChars: () => void): string {
  measureChars.call(axis);
  const { range, domProps } = axis.body;
  const { foreground } = axis.dom;
  const { minorCharWidth, minorCharHeight, majorCharHeight } = axis.props;
  return [
    range.start.valueOf(),
    range.end.valueOf(),
    foreground.offsetWidth,
    foreground.isConnected,
    domProps.root.height,
    domProps.top.height,
    domProps.bottom.height,
    minorCharWidth,
    minorCharHeight,
    majorCharHeight,
  ].join('|');
}
