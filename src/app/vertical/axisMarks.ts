// What the vertical timeline's axis says beside each event: the marker a run of events sits under
// ("2024", "c. 2001", "after 2021") and how its dot is drawn. A year marker is only ever drawn for
// a date the text gives: an event known only by a bound sits under a marker that says that bound,
// never under the year its placement happens to fall in.
import type { EventDate } from '../../schema/dataset';
import { isUndated } from '../../schema/undated';
import { formatEventDate, formatPartialDate } from '../model/dates/formatDate';
import { t } from '../model/i18n/intl';

export interface AxisMark {
  /** `year` for a date the text gives (maybe hedged), `bound` for a date known only by a bound. */
  kind: 'year' | 'bound';
  /** What the axis says: "2024", "c. 2001", "after 2021", "before 30 Mar 2025". */
  label: string;
}

/** How an event's dot is drawn: a point, the start of a span, or a hollow mark at a bound. */
export type AxisShape = 'point' | 'span' | 'bound';

/** The marker an event belongs under; null for an undated event, which is not on the axis. */
export function axisMarkOf(date: EventDate): AxisMark | null {
  if (isUndated(date)) return null;
  if (date.basis === 'bounded') return { kind: 'bound', label: formatEventDate(date) };
  const year = formatPartialDate(date.start.slice(0, 4));
  return { kind: 'year', label: date.approximate ? t('date.approximately', { dates: year }) : year };
}

export function axisShapeOf(date: EventDate): AxisShape {
  if (date.basis === 'bounded') return 'bound';
  return date.end !== undefined && date.end !== date.start ? 'span' : 'point';
}

/**
 * For each event of a run in date order, the marker to draw before it: the first event's, then one
 * wherever the marker changes, null where the event sits under the marker above it. A run cut by
 * a bound (2024, before 12 Jun 2024, 2024) names its year again after the bound.
 */
export function marksBefore(dates: readonly EventDate[]): (AxisMark | null)[] {
  let previous: AxisMark | null = null;
  return dates.map((date) => {
    const mark = axisMarkOf(date);
    const same = mark !== null && previous !== null && sameMark(mark, previous);
    previous = mark;
    return same ? null : mark;
  });
}

function sameMark(a: AxisMark, b: AxisMark): boolean {
  return a.kind === b.kind && a.label === b.label;
}
