// Writes partial dates and event dates to their real precision, in the reader's English: "2021",
// "Mar 2025", "28 Mar 2025" (the wording itself is the schema's, shared with exported files).
import type { EventDate } from '../../../schema/dataset';
import { isUndated } from '../../../schema/undated';
import { dateFormatter, eventDateWords, partialDateWords } from '../../../schema/dateWords';
import type { DatePrecision } from '../../../schema/partialDate';

/**
 * The interface is English, so a date must be too ("before 30 mars 2025" mixes two languages): the
 * first English the reader prefers (en-US writes "Mar 28, 2025"), else day-month-year English.
 */
export function englishLocale(preferred: readonly string[]): string {
  return preferred.find((tag) => /^en(-|$)/i.test(tag)) ?? 'en-GB';
}

export const DEFAULT_LOCALE = englishLocale(
  typeof navigator === 'undefined'
    ? []
    : navigator.languages?.length
      ? navigator.languages
      : [navigator.language],
);

/** "2021", "Mar 2025", "28 Mar 2025" (in en-GB): never more precise than the date is. */
export function formatPartialDate(value: string, locale = DEFAULT_LOCALE): string {
  return partialDateWords(value, locale);
}

/**
 * The short label for an event's date, as shown on the timeline and at the top of the panel; an
 * undated event's label stands alone (the panel, the list, the shelf), so it is capitalised.
 */
export function formatEventDate(date: EventDate): string {
  return isUndated(date) ? 'Undated' : eventDateWords(date, DEFAULT_LOCALE);
}

/** A date given only by a bound, or hedged. An undated event has no date to be unsure of: it says Undated. */
export function isUncertainDate(date: EventDate): boolean {
  return date.basis === 'bounded' ? !isUndated(date) : date.approximate;
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
