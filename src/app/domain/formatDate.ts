// Writes partial dates and event dates to their real precision: "2021", "Mar 2025", "28 Mar 2025".
import type { EventDate } from '../../schema/dataset';
import {
  isPartialDate,
  partialDateInterval,
  precisionOf,
  type DatePrecision,
} from '../../schema/partialDate';

const FORMATS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
};

/** The reader's locale in a browser; day-month-year English elsewhere (tests, Node). */
export const DEFAULT_LOCALE =
  typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-GB';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(precision: DatePrecision, locale: string): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, FORMATS[precision]);
    formatters.set(key, cached);
  }
  return cached;
}

/** "2021", "Mar 2025", "28 Mar 2025" (in en-GB): never more precise than the date is. */
export function formatPartialDate(value: string, locale = DEFAULT_LOCALE): string {
  if (!isPartialDate(value)) return value;
  return formatter(precisionOf(value), locale).format(partialDateInterval(value).start);
}

/** The short label for an event's date, as shown on the timeline and at the top of the panel. */
export function formatEventDate(date: EventDate): string {
  if (date.basis === 'bounded') {
    const { after, before } = date;
    if (after !== undefined && before !== undefined) {
      return `between ${formatPartialDate(after)} and ${formatPartialDate(before)}`;
    }
    if (before !== undefined) return `before ${formatPartialDate(before)}`;
    return `after ${formatPartialDate(after ?? '')}`;
  }
  const prefix = date.approximate ? 'c. ' : '';
  const start = formatPartialDate(date.start);
  if (date.end === undefined || date.end === date.start) return `${prefix}${start}`;
  return `${prefix}${start} – ${formatPartialDate(date.end)}`;
}

export function isUncertainDate(date: EventDate): boolean {
  return date.basis === 'bounded' || date.approximate;
}

/** Two instants (epoch ms) at a precision, as short as the locale writes them: "Jul – Aug 2001". */
export function formatInstantRange(
  first: number,
  last: number,
  precision: DatePrecision,
  locale = DEFAULT_LOCALE,
): string {
  return formatter(precision, locale).formatRange(first, last);
}
