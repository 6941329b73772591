// How partial dates and event dates read, in a given locale, to their real precision: "2021",
// "Mar 2025", "28 Mar 2025", "before 28 Mar 2025", "c. 2001 – 2021". The app writes them in the
// reader's locale; files exported for other tools write them in en-GB, and read them back.
import type { EventDate } from './dataset';
import { isPartialDate, partialDateInterval, precisionOf, type DatePrecision } from './partialDate';

/** The phrase of a date an editor set by hand, where the extractor found none or a wrong one. */
export const EDITOR_DATE_PHRASE = 'dated by the editor';

const FORMATS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter of a precision in a locale. */
export function dateFormatter(precision: DatePrecision, locale: string): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, FORMATS[precision]);
    formatters.set(key, cached);
  }
  return cached;
}

/** "2021", "Mar 2025", "28 Mar 2025" (in en-GB): never more precise than the date is. */
export function partialDateWords(value: string, locale: string): string {
  if (!isPartialDate(value)) return value;
  return dateFormatter(precisionOf(value), locale).format(partialDateInterval(value).start);
}

/** The words around dates in an event's label; English by default (the files other tools read). */
export interface DateConnectives {
  between: (after: string, before: string) => string;
  before: (date: string) => string;
  after: (date: string) => string;
  approximately: (dates: string) => string;
  undated: string;
}

export const ENGLISH_CONNECTIVES: DateConnectives = {
  between: (after, before) => `between ${after} and ${before}`,
  before: (date) => `before ${date}`,
  after: (date) => `after ${date}`,
  approximately: (dates) => `c. ${dates}`,
  undated: 'undated',
};

/** The short label for an event's date: "28 Mar 2025", "c. 2001 – 2021", "before 28 Mar 2025". */
export function eventDateWords(
  date: EventDate,
  locale: string,
  words: DateConnectives = ENGLISH_CONNECTIVES,
): string {
  if (date.basis === 'bounded') {
    const { after, before } = date;
    if (after !== undefined && before !== undefined) {
      return words.between(partialDateWords(after, locale), partialDateWords(before, locale));
    }
    if (before !== undefined) return words.before(partialDateWords(before, locale));
    if (after !== undefined) return words.after(partialDateWords(after, locale));
    return words.undated;
  }
  const start = partialDateWords(date.start, locale);
  const dates =
    date.end === undefined || date.end === date.start
      ? start
      : `${start} – ${partialDateWords(date.end, locale)}`;
  return date.approximate ? words.approximately(dates) : dates;
}
