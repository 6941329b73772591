// Finds the dates in a sentence with chrono-node, against the article's publication date, and
// keeps how precise each is and how it was obtained. A date that needs the publication date to
// resolve ("last year", "March 28") stays unresolved when the article has none: it is never
// resolved against today.
import { casual, type ParsedResult } from 'chrono-node/en';
import type { DateMention } from './types';

// chrono reads "March 28" but not a bare year; this parser adds "in 2021", "since 1999"...
const yearAfterPreposition = {
  pattern: () =>
    /\b(?:in|since|by|during|until|till|from|before|after|throughout)\s+((?:1[5-9]|20)\d{2})\b(?![-/.]\d)/i,
  extract: (_context: unknown, match: RegExpMatchArray) => ({ year: Number(match[1]) }),
};

const parser = casual.clone();
parser.parsers.push(yearAfterPreposition);

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
// "after nearly two decades of deployment": a span that ends at the date the article gives for
// what ended it. chrono has no durations, so this one pattern is ours.
const DURATION =
  /\b(?:(nearly|almost|about|around|roughly|some|approximately|over|more than|less than)\s+)?(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(decades?|years?)\s+of\s+\p{L}+/giu;

export interface DateContext {
  /** Publication date of the article (ISO partial), or null. */
  published: string | null;
  /** The latest resolved year stated earlier in the article: where a duration ends. */
  anchorYear: number | null;
}

/** Date mentions in a sentence; `offset` is the sentence's position in the article. */
export function findDateMentions(sentence: string, offset: number, context: DateContext): DateMention[] {
  const reference = context.published ?? '2000-01-01';
  const instant = new Date(`${reference.padEnd(10, reference.length === 4 ? '-01-01' : '-01')}T12:00:00Z`);
  const results = parser.parse(sentence, { instant, timezone: 0 }, { forwardDate: false });
  const durations = [...sentence.matchAll(DURATION)];
  const overlapsDuration = (from: number, to: number) =>
    durations.some((match) => from < (match.index ?? 0) + match[0].length && to > (match.index ?? 0));
  const mentions: DateMention[] = durations.map((match) =>
    durationMention(match, offset, context.anchorYear),
  );
  for (const result of results) {
    if (/^(?:right\s+)?now$/i.test(result.text)) continue; // "now belong to": not a date
    if (overlapsDuration(result.index, result.index + result.text.length)) continue; // "after 3 years of talks" is a span, not a date 3 years on
    const mention = toMention(result, offset, context.published !== null);
    if (mention) mentions.push(mention);
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function toMention(result: ParsedResult, offset: number, hasReference: boolean): DateMention | null {
  const { start } = result;
  const certain = (component: 'year' | 'month' | 'day' | 'weekday') => start.isCertain(component);
  const tags = start.tags();
  const relative = [...tags].some(
    (tag) => tag.includes('relative') || tag.includes('Relative') || tag.includes('casual'),
  );
  const hasDatePart = certain('year') || certain('month') || certain('day') || certain('weekday') || relative;
  if (!hasDatePart) return null; // a bare time of day is not an event date
  const date = start.date();
  const yyyy = String(date.getUTCFullYear()).padStart(4, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const precise = certain('day') || certain('weekday') || (relative && !certain('year') && !certain('month'));
  const value = precise ? `${yyyy}-${mm}-${dd}` : certain('month') ? `${yyyy}-${mm}` : yyyy;
  // Stated: the text names the date, at most borrowing the year from publication ("March 28").
  const stated = !relative && (certain('month') || certain('year'));
  const needsReference = relative || !certain('year');
  const basis = stated ? 'stated' : 'relative';
  if (needsReference && !hasReference) {
    return {
      phrase: result.text,
      start: offset + result.index,
      value: null,
      basis: 'unresolved',
      approximate: false,
    };
  }
  return {
    phrase: result.text,
    start: offset + result.index,
    value: { start: value },
    basis,
    approximate: false,
  };
}

function durationMention(match: RegExpMatchArray, offset: number, anchorYear: number | null): DateMention {
  const [phrase, hedge, count = '1', unit = 'year'] = match;
  const amount = /^\d+$/.test(count) ? Number(count) : (NUMBER_WORDS[count.toLowerCase()] ?? 1);
  const years = amount * (/^decade/i.test(unit) ? 10 : 1);
  const approximate = hedge !== undefined && HEDGES.test(hedge);
  const start = offset + (match.index ?? 0);
  if (anchorYear === null) return { phrase, start, value: null, basis: 'unresolved', approximate };
  return {
    phrase,
    start,
    value: { start: String(anchorYear - years).padStart(4, '0'), end: String(anchorYear).padStart(4, '0') },
    basis: 'stated',
    approximate,
  };
}

/** A line that is nothing but a full date ("March 30, 2025") → "2025-03-30"; otherwise null. */
export function parseStandaloneDate(line: string): string | null {
  const [result] = parser.parse(line, { instant: new Date('2000-01-01T12:00:00Z'), timezone: 0 });
  if (!result || result.index !== 0 || result.text.length < line.trim().length - 1) return null;
  const { start } = result;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  const date = start.date();
  return date.toISOString().slice(0, 10);
}
