// Finds the dates in a sentence and normalises them as the news taggers do (HeidelTime, SUTime):
// chrono-node finds the expressions and tells which parts the text states; the value is ours. The
// anchor of an underspecified date ("Monday", "June", "March 28") is the publication date, and the
// clause's mood gives the direction: the latest such day on or before publication for something
// that happened, the next one for a plan. With no publication date such a date stays unresolved,
// never resolved against today. Spans ("from 1997-2006", "between 2005 and August 2021") keep the
// precision of each end; a duration ("nearly two decades of war") ends at the latest date stated
// before it; "a day after the vote" is counted from another event, resolved when events are built;
// "in recent years" says only "before publication". A date's clause, mood and quotation are kept.
import { casual, type ParsedResult } from 'chrono-node/en';
import { MONTH_NAME } from './calendarWords';
import { clauseAround, dateScope, isPlanned, type Range } from './clauses';
import type { DateMention } from './types';

// chrono reads "March 28" but not a bare year: "in 2021", "since 1999", "the 2024 election".
const yearAfterPreposition = {
  pattern: () =>
    /\b(?:in|since|by|during|until|till|from|before|after|throughout)\s+((?:1[5-9]|20)\d{2})\b(?![-/.\u2013]\d)(?!\s+[\p{Ll}-]+s\b(?<!\b(?:was|has|is|as|this|its|his|hers|us|plus|thus|ms)))/iu,
  extract: (_context: unknown, match: RegExpMatchArray) => ({ year: Number(match[1]) }),
};
const yearAsModifier = {
  // "the 2024 election", but not "the 1500 protesters": a plural after the number makes it a count.
  pattern: () => /\bthe\s+((?:1[5-9]|20)\d{2})(?=\s+\p{L})(?!\s+[\p{Ll}-]+s\b)/iu,
  extract: (_context: unknown, match: RegExpMatchArray) => ({ year: Number(match[1]) }),
};

const parser = casual.clone();
parser.parsers.push(yearAfterPreposition, yearAsModifier);

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const HEDGES = /^(?:nearly|almost|about|around|roughly|some|approximately|over|more than|less than)$/i;
// "nearly two decades of deployment", "for over two decades": a span that ends at the latest date stated.
const DURATION =
  /\b(?:for\s+)?(?:(nearly|almost|about|around|roughly|some|approximately|over|more than|less than)\s+)?(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(decades?|years?)(?:\s+of\s+\p{L}+|(?<=\bfor\s+\S+(?:\s+\S+){1,3}))/giu;
const MONTH = MONTH_NAME;
const YEAR = '(?:1[5-9]|20)\\d{2}';
// "from 1997-2006", "between 2005 and August 2021", "1997–2006".
const SPAN = new RegExp(
  `\\b(?:(from|between)\\s+)?(?:(${MONTH})\\s+)?(${YEAR})\\s*(?:-|\\u2013|\\u2014|to|and|until|till|through)\\s*(?:(${MONTH})\\s+)?(${YEAR})\\b`,
  'giu',
);
const SECOND_YEAR = new RegExp(
  `\\b${YEAR},?\\s+(?:and|or)\\s+(${YEAR})\\b(?![-/.\\u2013]\\d)(?!\\s+[\\p{Ll}-]+s\\b)`,
  'gu',
);
const MONTH_OF_RELATIVE_YEAR = new RegExp(`\\b(${MONTH})\\s+(last|this|next)\\s+year\\b`, 'giu');
const VAGUE_PAST =
  /\b(?:(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last few|last several)\s+(?:years|months|weeks)|recently|in recent times)\b/giu;
const SUB_DAY = /\b(?:a|an|one|few|several|\d+)\s+(?:seconds?|minutes?|hours?)\b|\bsecond\s+term\b/i;
// "its highest level in 23 years": a length of time, not a date ahead.
const LENGTH_OF_TIME =
  /^in\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+(?:days?|weeks?|months?|years?|decades?)$/i;
const ANCHORED =
  /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(day|week)s?\s+(after|before)$/i;
// "three years after the invasion", "two days later": counted from another happening, not from
// publication; when that happening is not the one the events step can count from, left unresolved.
const COUNTED_FROM_ANOTHER =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|some|\d{1,3})\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before|later|earlier|on)$/i;
const ON_THE_DAY = /\bon the (?:same )?day (?:that|when|as)\b/giu;
// "in the year through February": the month is the date; chrono would read "the year" as one.
const YEAR_THROUGH =
  /\b(?:in\s+)?the\s+(?:year|12 months|twelve months)\s+(?:through|to|ending(?:\s+in)?)\b/giu;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export interface DateContext {
  /** Publication date of the article (ISO partial), or null. */
  published: string | null;
  /** The latest resolved year stated earlier in the article: where a duration ends. */
  anchorYear: number | null;
  /** Quotations in the sentence, as [start, end) offsets within it. */
  quotes?: readonly Range[];
}

/** Date mentions in a sentence; `offset` is the sentence's position in the article. */
export function findDateMentions(sentence: string, offset: number, context: DateContext): DateMention[] {
  const found: DateMention[] = [];
  const covered: Range[] = [];
  const add = (mention: Omit<DateMention, 'scope' | 'planned' | 'inQuote' | 'clause'>, at: number) => {
    const end = at + mention.phrase.length;
    if (covered.some(([s, e]) => at < e && end > s)) return;
    covered.push([at, end]);
    const clause = clauseAround(sentence, at, end);
    found.push({
      ...mention,
      scope: dateScope(sentence, at, end),
      planned: isPlanned(sentence, at, mention.phrase),
      inQuote: (context.quotes ?? []).some(([s, e]) => at >= s && at < e),
      clause: [offset + clause[0], offset + clause[1]],
    });
  };

  for (const match of sentence.matchAll(SPAN)) {
    const [phrase, opener, startMonth, startYear = '', endMonth, endYear = ''] = match;
    if (Number(endYear) < Number(startYear)) continue;
    // "in 1990 and 2004" names two years; only "between 1990 and 2004" is a span.
    if (/\band\b/i.test(phrase) && opener?.toLowerCase() !== 'between') continue;
    const start = startMonth ? `${startYear}-${monthNumber(startMonth)}` : startYear;
    const end = endMonth ? `${endYear}-${monthNumber(endMonth)}` : endYear;
    add(
      {
        phrase,
        start: offset + (match.index ?? 0),
        value: { start, end },
        basis: 'stated',
        approximate: false,
      },
      match.index ?? 0,
    );
  }
  // "in 1990 and 2004": the second year of a pair has no preposition of its own.
  for (const match of sentence.matchAll(SECOND_YEAR)) {
    const at = (match.index ?? 0) + match[0].length - (match[1]?.length ?? 0);
    add(
      {
        phrase: match[1]!,
        start: offset + at,
        value: { start: match[1]! },
        basis: 'stated',
        approximate: false,
      },
      at,
    );
  }
  for (const match of sentence.matchAll(DURATION))
    add(durationMention(match, offset, context.anchorYear), match.index ?? 0);
  // "October last year": one month, of the year before publication.
  for (const match of sentence.matchAll(MONTH_OF_RELATIVE_YEAR)) {
    const [phrase, month = '', which = ''] = match;
    const at = match.index ?? 0;
    const shift = /last/i.test(which) ? -1 : /next/i.test(which) ? 1 : 0;
    const value =
      context.published === null
        ? null
        : { start: `${Number(context.published.slice(0, 4)) + shift}-${monthNumber(month)}` };
    add(
      { phrase, start: offset + at, value, basis: value ? 'relative' : 'unresolved', approximate: false },
      at,
    );
  }
  for (const match of sentence.matchAll(VAGUE_PAST)) {
    add(
      {
        phrase: match[0],
        start: offset + (match.index ?? 0),
        value: null,
        basis: 'vague',
        approximate: true,
      },
      match.index ?? 0,
    );
  }
  for (const match of sentence.matchAll(ON_THE_DAY)) {
    const mention = { phrase: match[0], start: offset + (match.index ?? 0), value: null, approximate: false };
    add({ ...mention, basis: 'anchored', offsetDays: 0 }, match.index ?? 0);
  }

  const reference = context.published ?? '2000-01-01';
  const instant = new Date(`${reference.padEnd(10, reference.length === 4 ? '-01-01' : '-01')}T12:00:00Z`);
  const masked = sentence.replace(YEAR_THROUGH, (words) => ' '.repeat(words.length));
  for (const result of parser.parse(masked, { instant, timezone: 0 }, { forwardDate: false })) {
    if (
      /^(?:sat|sun|mon|wed|fri|tue|thu|march|may)$/.test(result.text) ||
      /^(?:right\s+)?now$/i.test(result.text) ||
      SUB_DAY.test(result.text) ||
      LENGTH_OF_TIME.test(result.text.trim())
    )
      continue;
    // "over the next three days", "the following week": counted from the happening told, not from publication.
    if (
      /^(?:next|following|coming)\b/i.test(result.text) &&
      /\bthe\s+$/i.test(masked.slice(0, result.index))
    ) {
      add(
        {
          phrase: result.text,
          start: offset + result.index,
          value: null,
          basis: 'unresolved',
          approximate: false,
        },
        result.index,
      );
      continue;
    }
    const planned = isPlanned(sentence, result.index, result.text);
    const mention = toMention(result, offset, context.published, planned);
    if (mention) add(mention, result.index);
  }
  return found.sort((a, b) => a.start - b.start);
}

type BareMention = Omit<DateMention, 'scope' | 'planned' | 'inQuote' | 'clause'>;

function toMention(
  result: ParsedResult,
  offset: number,
  published: string | null,
  planned: boolean,
): BareMention | null {
  const { start } = result;
  const certain = (component: 'year' | 'month' | 'day' | 'weekday') => start.isCertain(component);
  const tags = [...start.tags()];
  const relative = tags.some((tag) => /relative|casual/i.test(tag));
  const base = {
    phrase: result.text.replace(/[\s,;:]+$/u, ''),
    start: offset + result.index,
    approximate: false,
  };
  const anchored = ANCHORED.exec(result.text.trim());
  if (anchored && planned) return { ...base, value: null, basis: 'unresolved' }; // "will take 60 days before"
  if (!anchored && COUNTED_FROM_ANOTHER.test(base.phrase))
    return { ...base, value: null, basis: 'unresolved' };
  if (anchored) {
    const [, count = '1', unit = 'day', direction] = anchored;
    const amount = /^\d+$/.test(count) ? Number(count) : (NUMBER_WORDS[count.toLowerCase()] ?? 1);
    const days = amount * (unit.toLowerCase() === 'week' ? 7 : 1);
    // "A came a day after B": B is a day before A.
    return {
      ...base,
      value: null,
      basis: 'anchored',
      offsetDays: direction?.toLowerCase() === 'after' ? -days : days,
    };
  }
  if (!(certain('year') || certain('month') || certain('day') || certain('weekday') || relative)) return null; // a bare time of day
  // "this year", "earlier this month": chrono calls the year certain, but the text never wrote it.
  const writesYear = /\b\d{4}\b|['\u2019]\d{2}\b/u.test(result.text);
  if (relative || (certain('year') && !writesYear)) {
    const needs = certain('day') || certain('weekday') ? 10 : certain('month') ? 7 : 4;
    if (published === null || published.length < needs) return { ...base, value: null, basis: 'unresolved' };
    const date = start.date().toISOString().slice(0, 10);
    const value =
      certain('day') || certain('weekday') ? date : certain('month') ? date.slice(0, 7) : date.slice(0, 4);
    return { ...base, value: { start: value }, basis: 'relative' };
  }
  const year = certain('year') ? start.get('year') : null;
  const month = certain('month') ? start.get('month') : null;
  const day = certain('day') ? start.get('day') : null;
  if (year !== null && year !== undefined) {
    const value = [String(year).padStart(4, '0'), month ? pad(month) : null, month && day ? pad(day) : null]
      .filter((part) => part !== null)
      .join('-');
    return { ...base, value: { start: value }, basis: 'stated' };
  }
  if (published === null) return { ...base, value: null, basis: 'unresolved' };
  const value =
    month !== null && month !== undefined
      ? withYearFromPublication(month, day ?? null, published, planned)
      : certain('weekday')
        ? weekdayFromPublication(start.get('weekday') ?? 0, published, planned)
        : null;
  if (value === null) return null;
  return { ...base, value: { start: value }, basis: month ? 'stated' : 'relative' };
}

/** "June" or "March 28" in an article of `published`: the last one before it, or the next for a plan. */
function withYearFromPublication(
  month: number,
  day: number | null,
  published: string,
  planned: boolean,
): string {
  const publishedYear = Number(published.slice(0, 4));
  const candidate = (year: number) =>
    `${String(year).padStart(4, '0')}-${pad(month)}${day ? `-${pad(day)}` : ''}`;
  const same = candidate(publishedYear);
  // Compared at the precision both have: "June 5" in an article of "2025-06" is that June.
  const comparable = published.slice(0, same.length);
  const common = Math.min(same.length, published.length);
  if (same.slice(0, common) === published.slice(0, common)) return same;
  if (!planned && same > comparable) return candidate(publishedYear - 1);
  if (planned && same < comparable) return candidate(publishedYear + 1);
  return same;
}

/** "Monday" in an article of `published`: the last Monday on or before it, or the next one for a plan. */
function weekdayFromPublication(weekday: number, published: string, planned: boolean): string | null {
  if (published.length < 10) return null;
  const date = new Date(`${published}T12:00:00Z`);
  const difference = (weekday - date.getUTCDay() + 7) % 7;
  date.setUTCDate(date.getUTCDate() + (planned ? difference : difference === 0 ? 0 : difference - 7));
  return date.toISOString().slice(0, 10);
}

function durationMention(match: RegExpMatchArray, offset: number, anchorYear: number | null): BareMention {
  const [phrase, hedge, count = '1', unit = 'year'] = match;
  const amount = /^\d+$/.test(count) ? Number(count) : (NUMBER_WORDS[count.toLowerCase()] ?? 1);
  const years = amount * (/^decade/i.test(unit) ? 10 : 1);
  const approximate = hedge !== undefined && HEDGES.test(hedge);
  const start = offset + (match.index ?? 0);
  // "for two decades" is a length (SUTime's P20Y); only "two decades of war" ends at the war's stated end.
  if (anchorYear === null || /^for\b/i.test(phrase))
    return { phrase, start, value: null, basis: 'unresolved', approximate };
  return {
    phrase,
    start,
    value: { start: String(anchorYear - years).padStart(4, '0'), end: String(anchorYear).padStart(4, '0') },
    basis: 'stated',
    approximate,
  };
}

const pad = (value: number) => String(value).padStart(2, '0');
const monthNumber = (name: string) => pad(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1);

/** A line that is nothing but a full date ("March 30, 2025") → "2025-03-30"; otherwise null. */
export function parseStandaloneDate(line: string): string | null {
  const [result] = parser.parse(line, { instant: new Date('2000-01-01T12:00:00Z'), timezone: 0 });
  if (!result || result.index !== 0 || result.text.length < line.trim().length - 1) return null;
  const { start } = result;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  const date = start.date();
  return date.toISOString().slice(0, 10);
}
