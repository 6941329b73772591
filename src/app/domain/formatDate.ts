// Writes partial dates and event dates to their real precision: "2021", "Mar 2025", "28 Mar 2025".
import type { EventDate } from '../../schema/dataset';
import { parsePartialDate, precisionOf, type DatePrecision } from '../../schema/partialDate';

const FORMATS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
};

// en-GB gives the day-month-year order news desks use; a later locale setting can replace it.
const formatters = Object.fromEntries(
  Object.entries(FORMATS).map(([precision, options]) => [
    precision,
    new Intl.DateTimeFormat('en-GB', options),
  ]),
) as Record<DatePrecision, Intl.DateTimeFormat>;

export function formatPartialDate(value: string): string {
  const parts = parsePartialDate(value);
  if (!parts) return value;
  const date = new Date(Date.UTC(2000, (parts.month ?? 1) - 1, parts.day ?? 1));
  date.setUTCFullYear(parts.year);
  return formatters[precisionOf(value)].format(date);
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
