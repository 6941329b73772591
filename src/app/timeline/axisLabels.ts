// The time axis's labels in the interface's language: vis writes them through moment, in English
// only, unless its `format` option is given functions; these write each label with the same Intl
// formats the rest of the page's dates use ("mars", "2025", "mars 2025", "مارس ٢٠٢٥").
import type { Timeline, TimelineFormatOption } from 'vis-timeline/esnext';
import { formatLocale } from '../model/i18n/intl';

/** What a label shows at each of vis's scales (the timeline never zooms in past days). */
const MINOR: Readonly<Record<string, Intl.DateTimeFormatOptions>> = {
  weekday: { weekday: 'short', day: 'numeric' },
  day: { day: 'numeric' },
  week: { day: 'numeric' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};

const MAJOR: Readonly<Record<string, Intl.DateTimeFormatOptions | null>> = {
  weekday: { month: 'long', year: 'numeric' },
  day: { month: 'long', year: 'numeric' },
  week: { month: 'long', year: 'numeric' },
  month: { year: 'numeric' },
  year: null,
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let held = formatters.get(key);
  if (!held) {
    held = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, held);
  }
  return held;
}

/** vis hands a moment although its types say Date: both give their epoch ms. */
const instant = (date: Date | { valueOf(): number }) => new Date(date.valueOf());

/** A tick's small label: the day, the month or the year it marks. */
export function minorAxisLabel(date: Date, scale: string, locale = formatLocale()): string {
  const at = instant(date);
  // As vis does: a week's tick on the 1st of a month that is not a week's start is left blank.
  if (scale === 'week' && at.getDate() === 1 && at.getDay() !== 0) return '';
  const options = MINOR[scale];
  return options ? formatter(locale, options).format(at) : '';
}

/** The label under a run of ticks: the month and year of days, the year of months. */
export function majorAxisLabel(date: Date, scale: string, locale = formatLocale()): string {
  const options = MAJOR[scale];
  return options ? formatter(locale, options).format(instant(date)) : '';
}

export const AXIS_FORMAT: TimelineFormatOption = {
  minorLabels: (date, scale) => minorAxisLabel(date, scale),
  majorLabels: (date, scale) => majorAxisLabel(date, scale),
};

/** The part of vis's TimeAxis that draws a tick's small label (at `x`, its left edge). */
interface VisTimeAxis {
  _repaintMinorText(x: number, text: string, orientation: string, className: string): HTMLElement;
  /** The axis's width, and the width of a "0" in its small labels, both measured before labels are drawn. */
  props: { width?: number; minorCharWidth?: number };
}

/** vis's stylesheet pads each axis label by this much. */
const LABEL_PADDING_PX = 3;

const cutLabelsHidden = new WeakSet<object>();

/**
 * vis draws the small label of a tick near an edge of the view at that tick, so the edge cuts it:
 * "0" left of "1955", "202" at the right. vis draws its large labels only right of the left edge;
 * a small label the view would cut is hidden the same way. Its width is its characters at the
 * width of a "0" (which vis measured): exact for years and days, close for months. vis reuses label
 * elements, so each one drawn is shown or hidden anew.
 */
export function hideCutMinorLabels(timeline: Timeline): void {
  const axis = (timeline as unknown as { timeAxis?: object }).timeAxis;
  const prototype = axis ? (Object.getPrototypeOf(axis) as Partial<VisTimeAxis>) : null;
  const repaint = prototype?._repaintMinorText;
  if (!prototype || typeof repaint !== 'function')
    throw new Error('vis-timeline: no TimeAxis._repaintMinorText to hide cut labels in');
  if (cutLabelsHidden.has(prototype)) return;
  cutLabelsHidden.add(prototype);
  prototype._repaintMinorText = function (this: VisTimeAxis, x, text, orientation, className) {
    const label = repaint.call(this, x, text, orientation, className);
    const { width, minorCharWidth } = this.props;
    const textEnd = x + LABEL_PADDING_PX + text.length * (minorCharWidth ?? 0);
    const cut = x < 0 || (width !== undefined && width > 0 && textEnd > width);
    const visibility = cut ? 'hidden' : '';
    if (label.style.visibility !== visibility) label.style.visibility = visibility;
    return label;
  };
}
