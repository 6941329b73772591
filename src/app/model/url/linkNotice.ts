// One voice for every notice about the link the page was opened with: which parameter and value
// were ignored, and exactly why ("Ignored view=grid: the view is timeline or list.").
import { parsePartialDate } from '../../../schema/partialDate';

/** Long enough to recognise a value, short enough for one line. */
const SHOWN_VALUE = 40;

/** `name=value` as the link has it, a long value shortened. */
export function parameterWords(name: string, value: string): string {
  const shown = value.length > SHOWN_VALUE ? `${value.slice(0, SHOWN_VALUE - 1)}…` : value;
  return `${name}=${shown}`;
}

/** "Ignored view=grid: the view is timeline or list." `what` is one or more `name=value`. */
export function ignoredNotice(what: string, why: string): string {
  return `Ignored ${what}: ${why}.`;
}

/** "timeline or list", "1, true, 0 or false". */
export function allowedWords(values: readonly string[]): string {
  return values.length < 2 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)!}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const DATE_SHAPES = 'dates look like 2021, 2025-03 or 2025-03-28';

/** What is wrong with a date of the link, as a clause ("has no month 13"); null if it is a date. */
export function partialDateProblem(value: string): string | null {
  if (parsePartialDate(value) !== null) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return 'is not a date';
  const [, year, month, day] = match;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return `has no month ${month!}`;
  return `has a day ${day!} that ${MONTHS[monthNumber - 1]!} ${year!} does not have`;
}
