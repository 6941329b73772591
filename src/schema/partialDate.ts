// ISO partial dates (`2021`, `2025-03`, `2025-03-28`): parsing, precision and the instants they span.
// Precision is read from the string's shape, never stored beside it.

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDateParts {
  year: number;
  /** 1-12 when the precision is month or day. */
  month?: number;
  /** 1-31 when the precision is day. */
  day?: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Splits a partial date into numbers, or returns null if it is not a real calendar date. */
export function parsePartialDate(value: string): PartialDateParts | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

export function precisionOf(value: string): DatePrecision {
  if (value.length === 4) return 'year';
  if (value.length === 7) return 'month';
  return 'day';
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** The half-open UTC interval [start, end) that a partial date covers, in epoch milliseconds. */
export function partialDateInterval(value: string): { start: number; end: number } {
  const parts = parsePartialDate(value);
  if (!parts) throw new RangeError(`Not a valid ISO partial date: ${JSON.stringify(value)}`);
  const { year, month, day } = parts;
  const utc = (y: number, m: number, d: number): number => {
    const time = Date.UTC(y, m - 1, d); // Month 13 and day 32 roll over, as wanted.
    if (y >= 100) return time;
    const date = new Date(time);
    date.setUTCFullYear(date.getUTCFullYear() - 1900); // Date.UTC maps 0-99 to 1900-1999.
    return date.getTime();
  };
  if (month === undefined) return { start: utc(year, 1, 1), end: utc(year + 1, 1, 1) };
  if (day === undefined) return { start: utc(year, month, 1), end: utc(year, month + 1, 1) };
  return { start: utc(year, month, day), end: utc(year, month, day + 1) };
}

/** Orders partial dates by the start of their interval, then by precision (coarser first). */
export function comparePartialDates(a: string, b: string): number {
  const byStart = partialDateInterval(a).start - partialDateInterval(b).start;
  return byStart !== 0 ? byStart : a.length - b.length;
}
