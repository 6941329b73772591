// One voice for every notice about the link the page was opened with: which parameter and value
// were ignored, and exactly why ("Ignored view=grid: view can be timeline or list.").
import { parsePartialDate } from '../../../schema/partialDate';
import { formatList, formatLocale, t } from '../i18n/intl';

/** Long enough to recognise a value, short enough for one line. */
const SHOWN_VALUE = 40;

/** `name=value` as the link has it, a long value shortened. */
export function parameterWords(name: string, value: string): string {
  const shown = value.length > SHOWN_VALUE ? `${value.slice(0, SHOWN_VALUE - 1)}…` : value;
  return `${name}=${shown}`;
}

/** "Ignored view=grid: view can be timeline or list." `what` is one or more `name=value`. */
export function ignoredNotice(what: string, why: string): string {
  return t('shell.link.ignored', { what, why });
}

/** "timeline or list", "1, true, 0 or false". */
export function allowedWords(values: readonly string[]): string {
  return formatList(values, 'disjunction');
}

/** "start=2021 and end=2022": two parameters named together. */
export function twoParameters(first: string, second: string): string {
  return t('shell.link.twoParameters', { first, second });
}

/** The month of a date the link names, as the interface writes it: "February 2025". */
function monthWords(year: number, month: number): string {
  return new Intl.DateTimeFormat(formatLocale(), { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, 1),
  );
}

/**
 * What is wrong with the date the link gives as `name`, as a clause ("start has no month 13");
 * null if it is a date.
 */
export function partialDateProblem(name: string, value: string): string | null {
  if (parsePartialDate(value) !== null) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return t('shell.link.notADate', { name });
  const [, year, month, day] = match;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return t('shell.link.noMonth', { name, month: month! });
  return t('shell.link.noDay', { name, day: day!, month: monthWords(Number(year), monthNumber) });
}
