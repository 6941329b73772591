// Writes partial dates and event dates to their real precision in the reader's locale: "2021",
// "Mar 2025", "28 Mar 2025" (the wording itself is the schema's, shared with exported files).
import type { EventDate } from '../../schema/dataset';
import { dateFormatter, eventDateWords, partialDateWords } from '../../schema/dateWords';
import type { DatePrecision } from '../../schema/partialDate';

/** The reader's locale in a browser; day-month-year English elsewhere (tests, Node). */
export const DEFAULT_LOCALE =
  typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-GB';

/** "2021", "Mar 2025", "28 Mar 2025" (in en-GB): never more precise than the date is. */
export function formatPartialDate(value: string, locale = DEFAULT_LOCALE): string {
  return partialDateWords(value, locale);
}

/** The short label for an event's date, as shown on the timeline and at the top of the panel. */
export function formatEventDate(date: EventDate): string {
  return eventDateWords(date, DEFAULT_LOCALE);
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
  return dateFormatter(precision, locale).formatRange(first, last);
}
