// Where a date sits in its sentence, which tells what it dates. As in HeidelTime and TimeML, a date
// belongs to the clause it stands in: a relative clause ("which seized power in 2021"), a reduced
// one ("the aircraft seized in 2019"), a participle clause ("ending a designation in place since
// 2003"), an aside between dashes, or a date used as a modifier ("the March 2024 attack") dates that
// clause, not the sentence's main happening. Mood decides the direction of underspecified dates and
// whether a date is a happening at all: "will", "is expected to", "until June" are plans.

import { MONTH_NAME, WEEKDAY_NAME } from './calendarWords';

/** [start, end) offsets within the sentence. */
export type Range = [number, number];

const BOUNDARY = /[,;()\u2014\u2013]|\s-\s/gu;
const RELATIVE_PRONOUN = /\b(?:which|who|whom|whose|where)\b/i;
// "the riots that followed his speech on 3 September": "that" opening a clause with a past verb.
const RELATIVE_THAT =
  /\bthat\s+(?:\p{Ll}{2,}ed|began|took|rose|fell|won|lost|made|went|came|left|broke|led|saw|struck|shook|hit|killed)\b/u;
// "the aircraft seized in": a participle after a noun phrase that is not the clause's subject.
const REDUCED_RELATIVE =
  /\S\s+(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+(?:[\p{L}-]+\s+){0,3}?(?:\p{Ll}{3,}ed|taken|given|seen|shown|known|drawn|grown|thrown|flown|stolen|chosen|frozen|broken|spoken|written|driven|hidden|beaten|fallen|left|built|held|made|won|lost|bought|sold|kept|sent|brought|caught|found|paid|laid|shot|hit|put|set|cut)\s+(?:[\p{L}-]+\s+){0,2}$/u;
// "after inflation slowed to 0.9% in October": a subordinate clause with a verb of its own.
const SUBORDINATE_CLAUSE =
  /\b(?:after|before|when|while|because|once|as|since|until)\s+(?:[\p{L}\d%$.,'\u2019-]+\s+){0,6}?(?:\p{Ll}{2,}ed|was|were|had|took|rose|fell|began|won|lost|made|went|came|left|met|saw|gave|held|led|ran|set|cut|hit|put|paid|sold|bought|brought|became|broke|chose|drew|drove|flew|grew|knew|shook|spoke|stood|struck|swore|threw|wrote)\b[^,;]*$/u;
const DATE_WORD = new RegExp(
  `\\b(?:${WEEKDAY_NAME}|${MONTH_NAME}|today|yesterday|tonight|(?:last|this|next)\\s+(?:year|month|week)|(?:1[5-9]|20)\\d{2})\\b`,
  'i',
);
// "its forecast for next year", "the budget for 2025": a date that says what a noun is about.
const ABOUT_A_NOUN =
  /\b(?:forecast|forecasts|budget|target|targets|outlook|projection|projections|estimate|estimates|figures|data|season|plan|plans|goal|goals)\s+for\s+$/iu;
const PARTICIPLE_OPENING = /^(?:\p{Ll}+ing|underway|in place|effective|once|formerly|previously)\b/u;
// "during its withdrawal from Afghanistan in 2021": the date is the withdrawal's, a happening named by a noun.
const NAMED_HAPPENING_BEFORE =
  /\b(?:its|their|his|her|the|\p{Lu}[\p{L}.]*['\u2019]s)\s+(?:\p{Ll}+\s+)?(?:withdrawal|invasion|takeover|election|attack|bombing|visit|death|arrest|collapse|failure|purchase|acquisition|launch|resignation|coup|occupation|evacuation|capture|seizure|ruling)\b[^,;\u2014\u2013]{0,40}$/u;
const MODIFIER_BEFORE = /\b(?:the|a|an|its|their|his|her|this|last|that)\s+$/i;
const PREPOSITION_OPENING = /^(?:in|at|on|during|after|before|since|by|from|throughout|over)\b/i;
const PLAN =
  /\b(?:will|shall|won't|is expected to|are expected to|expected to|is expected|plans? to|planned|scheduled|is set to|are set to|due to|to be held|is to|are to|upcoming|is likely to|are likely to|would be held|hopes? to|intends? to|aims? to|expires?|takes effect|takes place|is due|are due|would(?! have))\b/i;
const UNTIL = /\b(?:until|till|by)\s+$/i;
// "next week" looks ahead of publication; "over the next three days" runs on from a past happening.
const FORWARD_WORDS = /\b(?:next|coming|tomorrow|later this|from now)\b/i;

/** The clause around a date: from the boundary before it to the boundary after it. */
export function clauseAround(sentence: string, from: number, to: number): Range {
  let start = 0;
  let end = sentence.length;
  for (const [at, length] of boundariesOf(sentence)) {
    if (at + length <= from) start = at + length;
    else if (at >= to) {
      end = at;
      break;
    }
  }
  while (start < end && /\s/u.test(sentence[start]!)) start++;
  while (end > start && /[\s.!?"'\u201d\u2019]/u.test(sentence[end - 1]!)) end--;
  return [start, end];
}

// A sentence's boundaries, found once however many dates it holds (a run-on text can hold thousands).
let lastSentence = '';
let lastBoundaries: [number, number][] = [];
function boundariesOf(sentence: string): [number, number][] {
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastBoundaries = [...sentence.matchAll(BOUNDARY)].map((match) => [match.index ?? 0, match[0].length]);
  }
  return lastBoundaries;
}

// The patterns below look at the words just before a date; far-off words never decide its clause.
const LOOK_BACK = 200;

/** Whether a date at [from, to) dates the sentence's main happening or a clause inside it. */
export function dateScope(sentence: string, from: number, to: number): 'main' | 'subordinate' {
  const [start, end] = clauseAround(sentence, from, to);
  const before = sentence.slice(Math.max(start, from - LOOK_BACK), from);
  const after = sentence.slice(to, end);
  const opensSentence = start === 0;
  if (RELATIVE_PRONOUN.test(before) || RELATIVE_THAT.test(before)) return 'subordinate';
  const openingPhrase = opensSentence && PREPOSITION_OPENING.test(sentence.slice(start));
  if (REDUCED_RELATIVE.test(before) && !openingPhrase) return 'subordinate';
  if (NAMED_HAPPENING_BEFORE.test(before) && !openingPhrase) return 'subordinate';
  // Only when the main clause has a date of its own: "died after the quake struck on Saturday" is one day.
  const subordinate = SUBORDINATE_CLAUSE.exec(before);
  if (subordinate && DATE_WORD.test(sentence.slice(0, from - before.length + subordinate.index)))
    return 'subordinate';
  if (ABOUT_A_NOUN.test(before)) return 'subordinate';
  // "the eighth increase since June", "treated since November 23": the start of a state, a happening of its own.
  const since = /^since\b/i.test(sentence.slice(from, to)) || /\bsince\s+$/i.test(before);
  if (since && !(opensSentence && /^since\b/i.test(sentence.slice(start)))) return 'subordinate';
  if (!opensSentence && PARTICIPLE_OPENING.test(sentence.slice(start))) return 'subordinate';
  if (isAside(sentence, start, end)) return 'subordinate';
  // "the March 2024 attack": a date that modifies a noun dates what the noun names.
  const modifies =
    (MODIFIER_BEFORE.test(before) || /^the\s/i.test(sentence.slice(from, to))) &&
    /^\s+\p{L}/u.test(after) &&
    !/^\s+(?:of|in|on|at|to|and)\b/u.test(after);
  if (modifies && !openingPhrase) return 'subordinate';
  return 'main';
}

function isAside(sentence: string, start: number, end: number): boolean {
  const opener = sentence.slice(0, start).trimEnd().slice(-1);
  const closer = sentence.slice(end).trimStart()[0] ?? '';
  return /[\u2014\u2013(]/u.test(opener) && /[\u2014\u2013)]/u.test(closer);
}

/** A plan or forecast rather than something that happened: "will meet on Monday", "until June". */
export function isPlanned(sentence: string, from: number, phrase: string): boolean {
  const [start] = clauseAround(sentence, from, from + phrase.length);
  return (
    PLAN.test(sentence.slice(Math.max(start, from - LOOK_BACK), from)) ||
    UNTIL.test(sentence.slice(Math.max(0, from - 20), from)) ||
    (FORWARD_WORDS.test(phrase) && !/\bthe\s+$/i.test(sentence.slice(Math.max(0, from - 5), from)))
  );
}

/**
 * Where the clause a date dates begins, within the sentence: its relative pronoun, the noun that
 * names the happening ("its withdrawal … in 2021"), the phrase the date modifies ("the 2024 forum"),
 * the noun phrase an aside describes, or else the clause's own start.
 */
export function datedClauseStart(sentence: string, clauseStart: number, dateStart: number): number {
  const opener = sentence.slice(0, clauseStart).trimEnd();
  if (/[\u2014\u2013]$/u.test(opener)) {
    // "its campaign — underway since December 2021 —": the aside describes the phrase before it.
    const phrase = /\b(?:the|its|their|his|her|a|an)\s+[^,;\u2014\u2013]{0,60}$/iu.exec(opener.slice(0, -1));
    if (phrase) return phrase.index ?? clauseStart;
  }
  const before = sentence.slice(clauseStart, dateStart);
  const at = (match: RegExpExecArray | null | undefined, skip = 0) =>
    match ? clauseStart + (match.index ?? 0) + skip : null;
  const pronouns = [...before.matchAll(new RegExp(RELATIVE_PRONOUN.source, 'gi'))];
  return (
    at(pronouns[pronouns.length - 1]) ??
    at(NAMED_HAPPENING_BEFORE.exec(before)) ??
    at(/\b(?:the|a|an|its|their|his|her|this|last|that)\s+$/i.exec(before)) ??
    at(REDUCED_RELATIVE.exec(before), 2) ??
    clauseStart
  );
}
