// Writes partial dates and event dates to their real precision, in the interface's language and
// the reader's region: "2021", "Mar 2025", "28 Mar 2025", "28 mars 2025" (the shape is the schema's,
// shared with exported files, which stay in English).
import type { EventDate } from '../../../schema/dataset';
import { isUndated } from '../../../schema/undated';
import {
  dateFormatter,
  eventDateWords,
  partialDateWords,
  type DateConnectives,
} from '../../../schema/dateWords';
import { formatLocale, t } from '../i18n/intl';
import type { DatePrecision } from '../../../schema/partialDate';

/** The words around dates, in the interface's language. */
const connectives: DateConnectives = {
  between: (after, before) => t('date.between', { after, before }),
  before: (date) => t('date.before', { date }),
  after: (date) => t('date.after', { date }),
  approximately: (dates) => t('date.approximately', { dates }),
  get undated() {
    return t('date.undated');
  },
};

/** "2021", "Mar 2025", "28 Mar 2025" (in en-GB): never more precise than the date is. */
export function formatPartialDate(value: string, locale = formatLocale()): string {
  return partialDateWords(value, locale);
}

/**
 * The short label for an event's date, as shown on the timeline and at the top of the panel; an
 * undated event's label stands alone (the panel, the list, the shelf), so it is capitalised.
 */
export function formatEventDate(date: EventDate): string {
  return isUndated(date) ? t('date.undatedLabel') : eventDateWords(date, formatLocale(), connectives);
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
  locale = formatLocale(),
): string {
  const key = `${precision}|${locale}|${first}|${last}`;
  let label = rangeLabels.get(key);
  if (label === undefined) {
    if (rangeLabels.size >= RANGE_LABELS_KEPT) rangeLabels.clear();
    label = dateFormatter(precision, locale).formatRange(first, last);
    rangeLabels.set(key, label);
  }
  return label;
}

/**
 * Ranges already worded: the timeline words every cluster it draws, again at each pan, zoom and
 * filter, and a range costs the formatter a tenth of a millisecond.
 */
const rangeLabels = new Map<string, string>();
const RANGE_LABELS_KEPT = 10_000;
