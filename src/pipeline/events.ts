// Groups an article's text into events: one happening, one event. The text is first cut into
// units: each sentence, a clause of its own for a date that dates a clause inside the sentence
// ("which seized power in 2021", "a day after the Fed approved …"), and two clauses where one
// sentence joins two dated happenings ("since November 23 and on December 11 she was …").
// A dated unit starts an event unless an event of the article already has that date and shares an
// actor with it, or the event it continues has no date yet; an undated unit continues the event
// before it when it reads as its continuation (same paragraph, a pronoun or "the" + noun, a quote,
// the same actors), and starts an undated event otherwise. Dates counted from another event ("a day
// after") are resolved against the event they follow; plans and forecasts never date a happening.
import type { EventDate } from '../schema/dataset';
import type { AnalysedArticle } from './analyse';
import { partialDateInterval } from '../schema/partialDate';
import { datedClauseStart } from './clauses';
import { shortHash } from './hash';
import type { ActorMention, AnalysedSentence, DateMention } from './types';

export interface EventCandidate {
  /** Stable key for the curation file: the source id and a hash of the text it starts at. */
  key: string;
  sourceId: string;
  /** The units (sentences, or clauses of them) the event rests on, in the order of the text. */
  sentences: AnalysedSentence[];
  /** The unit that made it an event. */
  lead: AnalysedSentence;
  /** Bounds with neither end when neither the text nor the article gives a date or a bound. */
  date: EventDate;
  /** The whole sentence of the lead: a dated clause reads best with the sentence around it. */
  summary: string;
}

interface Unit extends AnalysedSentence {
  /** A clause dated apart from its sentence: an event of its own that the text goes past. */
  background: boolean;
  /** The sentence the unit is part of, and where it ends. */
  sentenceText: string;
  sentenceEnd: number;
  /** For a happening named by a noun ("after Pakistan's airstrikes"): who did what, to join its other mentions. */
  nominal?: string;
}

interface Group {
  lead: Unit;
  units: Unit[];
  /** The mention that dates it, once a unit gives one. */
  dating: DateMention | null;
  /** A value for an anchored mention, counted from the event it follows. */
  anchoredValue?: string;
}

const CONTINUES =
  /^["\u201c\u2018(]?(?:(?:he|she|they|it|its|his|her|their|this|that|these|those|also|but|and|meanwhile|however|still|yet)\b|the\s+\p{Ll})/iu;
// "This comes after X met Y on Sunday": the date is X's, an earlier happening, not the news's.
const EARLIER_HAPPENING =
  /^(?:this|that|it|the)(?:\s+[\p{Ll}'\u2019]+){0,3}\s+(?:comes?|came|follows?|followed)\s+(?:(?:a|one|two|three|\d+)\s+(?:days?|weeks?)\s+)?(?:after|ahead of|before|following|amid|in light of|in response to|in the wake of|on the heels of)\b/iu;
const NEWS_WINDOW_DAYS = 7;
const BACKGROUND_DAYS = 31;
const DAY_MS = 86_400_000;
const REPORTING =
  /\b(?:said|says|told|tells|wrote|writes|reported|reports|according to|announced|confirmed|stated|added|noted|claimed|tweeted|posted|quoted)\b/iu;
const STARTS_WITH_QUOTE = /^["\u201c\u00ab]/u;
const COORDINATOR = /(?:,?\s+(?:and|but|while|whereas)\s+|;\s+)/gu;
const STRONG_KINDS = new Set(['person', 'organisation', 'group']);

export function segmentEvents({ article, sentences }: AnalysedArticle): EventCandidate[] {
  const published = article.meta.published;
  const groups: Group[] = [];
  let current: Group | null = null;
  const allUnits = sentences.flatMap(unitsOf);
  for (const unit of allUnits) {
    const dating = datingMention(unit);
    if (unit.background) {
      const group = joinOrStart(groups, unit, dating, current);
      if (dating?.basis === 'anchored' && group.dating === dating) {
        // "A day after X": counted from the latest happening known to the day, the one it follows.
        const anchor = groups
          .map(resolvedDay)
          .filter((day) => day !== null)
          .pop();
        if (anchor) group.anchoredValue = shiftDays(anchor, dating.offsetDays ?? 0);
      }
      continue;
    }
    const earlier = EARLIER_HAPPENING.test(unit.text);
    const datesTheLead =
      dating !== null &&
      current !== null &&
      current === groups[0] &&
      current.dating === null &&
      !earlier &&
      !newSubject(current, unit) &&
      isNews(dating, published);
    // An undated happening takes the date of the sentences that go on telling it, not of a later paragraph.
    const datesCurrent =
      dating !== null &&
      dating.basis !== 'unresolved' &&
      current !== null &&
      current.dating === null &&
      !earlier &&
      unit.paragraph - current.units[current.units.length - 1]!.paragraph <= 1 &&
      !newSubject(current, unit) &&
      continues(current, unit);
    if (current && (datesTheLead || datesCurrent)) {
      current.dating = dating;
      current.units.push(unit);
    } else if (dating) {
      // Also "This comes after X met Y on Sunday": X's meeting is an event of its own.
      current = joinOrStart(groups, unit, dating, null);
    } else if (earlier && groups[0]) {
      // "The decision came after …", undated: more about the news the article leads with.
      groups[0].units.push(unit);
    } else if (current && continues(current, unit)) {
      // Quotes and reporting in a new paragraph after a background sentence ("…embassies opened in
      // 2013.") go on with the news the article leads with, not with that background.
      const news = groups[0];
      const reports =
        unit.statements.length > 0 || REPORTING.test(unit.text) || STARTS_WITH_QUOTE.test(unit.text);
      const newParagraph = current.units[current.units.length - 1]!.paragraph !== unit.paragraph;
      if (news && news !== current && reports && newParagraph && isBackground(current, published)) {
        news.units.push(unit);
        current = news;
      } else current.units.push(unit);
    } else {
      current = { lead: unit, units: [unit], dating: null };
      groups.push(current);
    }
  }
  const seen = new Set<string>();
  return groups.map((group) => {
    // For an undated event of an undated article: after the latest date stated up to its lead sentence.
    const anchor = latestStated(allUnits.filter((unit) => unit.start < group.lead.sentenceEnd));
    const date = groupDate(group, published, anchor, article.meta.id);
    let key = `${article.meta.id}-${shortHash(group.lead.text)}`;
    while (seen.has(key)) key = `${key}x`; // the same text twice in one article
    seen.add(key);
    const units = [...group.units].sort((a, b) => a.start - b.start);
    return {
      key,
      sourceId: article.meta.id,
      sentences: units,
      lead: group.lead,
      date,
      summary: group.lead.sentenceText,
    };
  });
}

/** A sentence as units: its main part (split where it joins two dated happenings) and its dated clauses. */
function unitsOf(sentence: AnalysedSentence): Unit[] {
  const own = sentence.dates.filter((date) => !date.inQuote);
  // "A day after X" is counted from the happening the sentence is about only in "This comes a day
  // after X": there X is a day before the news; elsewhere it stays unresolved rather than guessed.
  // Also when the sentence's own happening is dated to the day before it: "met on Thursday, a day after …".
  const dayBefore = (at: number) =>
    own.some(
      (date) =>
        date.start < at &&
        date.basis !== 'anchored' &&
        date.scope === 'main' &&
        !date.planned &&
        date.value?.start.length === 10,
    );
  const counted = EARLIER_HAPPENING.test(sentence.text);
  const clauses = own.filter(
    (date) =>
      (date.scope === 'subordinate' && date.basis !== 'anchored') ||
      (date.basis === 'anchored' && (counted || dayBefore(date.start))),
  );
  // A clause date that does not resolve still tells a time of its own: it stays with the sentence.
  const unresolved = (date: DateMention) => date.value === null;
  const mains = own.filter((date) => !clauses.includes(date) && (date.scope === 'main' || unresolved(date)));
  const units: Unit[] = [];
  const cuts = coordinatedCuts(sentence, mains);
  let from = sentence.start;
  for (const cut of [...cuts, sentence.start + sentence.text.length]) {
    units.push(slice(sentence, from, cut, false, mains));
    from = cut;
  }
  // A clause is a happening of its own only when its date resolves; "(12 October)" only restates one.
  // A plan is no happening of its own ("its forecast for next year").
  const dated = clauses.filter((date) => (date.value !== null || date.basis === 'anchored') && !date.planned);
  for (const [index, date] of dated.entries()) {
    const next = dated[index + 1];
    const start = date.basis === 'anchored' ? date.start + date.phrase.length : clauseStart(sentence, date);
    let end = date.clause[1];
    if (next && next.start > start && next.start < end) end = next.start;
    // "treated since November 23 and on December 11 she was …": the clause ends at the "and".
    const coordinator = new RegExp(COORDINATOR.source, 'u').exec(
      sentence.text.slice(date.start + date.phrase.length - sentence.start),
    );
    if (coordinator) end = Math.min(end, date.start + date.phrase.length + (coordinator.index ?? 0));
    const unit = trimmed(slice(sentence, start, end, true, [date]));
    if (unit.text.length > date.phrase.length + 2) units.push({ ...unit, dates: [date] });
  }
  units.push(...nominalHappenings(sentence, units));
  // A dated clause that opens the sentence is not part of the sentence's own happening after it.
  const main = units.find((unit) => !unit.background && unit.start === sentence.start);
  const opening = units.find(
    (unit) => unit.background && unit.start === sentence.start && unit.dates[0]?.value,
  );
  if (main && opening && mains.some((date) => date.start >= opening.start + opening.text.length)) {
    const rest = sentence.text.slice(opening.text.length).replace(/^[\s,;]*(?:and|but|while)?\s*/u, '');
    const from = sentence.start + sentence.text.length - rest.length;
    units.splice(units.indexOf(main), 1, slice(sentence, from, main.start + main.text.length, false, mains));
  }
  return units.sort((a, b) => a.start - b.start);
}

const NAME = String.raw`\p{Lu}[\p{L}\p{N}.'\u2019-]*(?:\s+\p{Lu}[\p{L}\p{N}.'\u2019-]*)*`;
const EVENT_NOUN = String.raw`(?:failure|collapse|purchase|acquisition|takeover|invasion|withdrawal|election|attacks?|air\s?strikes|strikes|bombings?|death|killing|assassination|arrest|resignation|merger|bankruptcy|coup|visit|summit|ruling|verdict|referendum|capture|seizure|evacuation|occupation|annexation|explosion|crash|shooting|massacre)`;
// "since the failure of Silicon Valley Bank", "in the lead-up to UBS's purchase of Credit Suisse",
// "after Pakistan's recent airstrikes on Kabul": a happening named by a noun, before the one told.
const NOMINAL = new RegExp(
  String.raw`\b(?:[Aa]fter|[Ss]ince|[Ff]ollowing|[Aa]mid|[Bb]efore|[Aa]head of|the lead-up to|the wake of)\s+(?:the\s+)?(?:(${NAME})['\u2019]s\s+(?:\p{Ll}+\s+)?(${EVENT_NOUN})\b(?:\s+(?:of|on|in)\s+(?:the\s+)?${NAME})?|(?:\p{Ll}+\s+)?(${EVENT_NOUN})\s+(?:of|by|on)\s+(?:the\s+)?(${NAME}))`,
  'gu',
);

/** Happenings the sentence names by a noun, outside quotes and outside its dated clauses. */
function nominalHappenings(sentence: AnalysedSentence, units: readonly Unit[]): Unit[] {
  const clauses = units.filter((unit) => unit.background);
  const quotes = sentence.statements.filter((statement) => statement.kind === 'quote');
  const found: Unit[] = [];
  for (const match of sentence.text.matchAll(NOMINAL)) {
    const [whole, owner, ownerNoun, noun, object] = match;
    const at = sentence.start + (match.index ?? 0);
    const inside = (from: number, to: number) => at >= from && at < to;
    if (clauses.some((unit) => inside(unit.start, unit.start + unit.text.length))) continue;
    if (quotes.some((quote) => inside(quote.start, quote.start + quote.text.length))) continue;
    const opening = /^\S+(?:\s+(?:of|the|lead-up\s+to|wake\s+of))*\s+/u.exec(whole)?.[0].length ?? 0;
    const unit = trimmed(slice(sentence, at + opening, at + whole.length, true, []));
    const who = (owner ?? object ?? '').toLowerCase();
    found.push({ ...unit, nominal: `${who}|${(ownerNoun ?? noun ?? '').toLowerCase().replace(/\s/g, '')}` });
  }
  return found;
}

/** Where a sentence joins two happenings with different dates: cut before the second one's clause. */
function coordinatedCuts(sentence: AnalysedSentence, mains: readonly DateMention[]): number[] {
  const cuts: number[] = [];
  const dated = mains.filter((date) => date.value !== null && !date.planned);
  for (let i = 1; i < dated.length; i++) {
    const previous = dated[i - 1]!;
    const date = dated[i]!;
    if (valueKey(previous) === valueKey(date)) continue;
    const between = sentence.text.slice(
      previous.start + previous.phrase.length - sentence.start,
      date.start - sentence.start,
    );
    const joins = [...between.matchAll(COORDINATOR)];
    const join = joins[joins.length - 1];
    if (join) cuts.push(previous.start + previous.phrase.length + (join.index ?? 0) + join[0].length);
  }
  return cuts;
}

/** The start of a dated clause: its relative pronoun or the determiner of the phrase the date modifies. */
function clauseStart(sentence: AnalysedSentence, date: DateMention): number {
  const clause = date.clause[0] - sentence.start;
  return sentence.start + datedClauseStart(sentence.text, clause, date.start - sentence.start);
}

function slice(
  sentence: AnalysedSentence,
  from: number,
  to: number,
  background: boolean,
  dates: readonly DateMention[],
): Unit {
  const raw = sentence.text.slice(from - sentence.start, to - sentence.start);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const start = from + lead;
  const end = start + text.length;
  const within = (at: number) => at >= start && at < end;
  return {
    text,
    start,
    paragraph: sentence.paragraph,
    dates: dates.filter((date) => within(date.start)),
    actors: sentence.actors.filter((actor) => within(actor.start)),
    statements: background ? [] : sentence.statements.filter((statement) => within(statement.start)),
    background,
    sentenceText: sentence.text,
    sentenceEnd: sentence.start + sentence.text.length,
  };
}

/** A clause without the conjunction or punctuation it ends on ("… two decades and"). */
function trimmed(unit: Unit): Unit {
  // A full stop after a word ends the sentence; after an initial ("U.S.") it is part of the name.
  const text = unit.text.replace(/(?:[\s,;:]+|\s+(?:and|or|but|while)|(?<=\p{L}{2})\.)+$/u, '');
  return { ...unit, text };
}

/** A happening dated well before the news: more than a month before publication. */
function isBackground(group: Group, published: string | null): boolean {
  const value = group.dating?.value;
  if (!value || !published) return false;
  const happened = partialDateInterval(value.end ?? value.start).end;
  return partialDateInterval(published).end - happened > BACKGROUND_DAYS * DAY_MS;
}

/** A date near the publication date, to the day: the news of the day, which dates the article's lead. */
function isNews(date: DateMention, published: string | null): boolean {
  const day = date.value?.start;
  if (!day || !published || day.length !== 10 || published.length !== 10 || date.planned) return false;
  const days = (Date.parse(published) - Date.parse(day)) / DAY_MS;
  return days >= 0 && days <= NEWS_WINDOW_DAYS;
}

/** The mention that dates a unit: its first date that is not a plan. */
function datingMention(unit: Unit): DateMention | null {
  return unit.dates.find((date) => !date.planned) ?? unit.dates[0] ?? null;
}

function joinOrStart(groups: Group[], unit: Unit, dating: DateMention | null, except: Group | null): Group {
  const named = unit.nominal ? groups.find((group) => group.lead.nominal === unit.nominal) : undefined;
  if (named) {
    named.units.push(unit);
    return named;
  }
  const key = dating && dating.value ? valueKey(dating) : null;
  const twin =
    key === null
      ? undefined
      : groups.find(
          (group) =>
            group !== except &&
            group.dating !== null &&
            valueKey(group.dating) === key &&
            !group.dating.planned &&
            (sharesActor(group, unit) || strongActors(unit.actors).length === 0),
        );
  if (twin) {
    twin.units.push(unit);
    return twin;
  }
  const group: Group = { lead: unit, units: [unit], dating };
  groups.push(group);
  return group;
}

function continues(group: Group, unit: Unit): boolean {
  const last = group.units[group.units.length - 1]!;
  if (last.paragraph === unit.paragraph) return true;
  if (CONTINUES.test(unit.text) || STARTS_WITH_QUOTE.test(unit.text)) return true;
  const actors = strongActors(unit.actors);
  if (actors.length === 0) return true; // no one new acts: more of the same happening
  // Reporting on the happening ("X told Reuters", "according to X", "X wrote that") is part of it.
  if (unit.statements.length > 0 || REPORTING.test(unit.text)) return true;
  const known = groupActors(group);
  return actors.every((actor) => known.has(actor.actorId));
}

/** The actor a unit opens with ("President Trump, in a meeting…"), if a strong one does. */
function subjectOf(unit: Unit): string | null {
  const first = strongActors(unit.actors)[0];
  if (!first) return null;
  const before = unit.text.slice(0, first.start - unit.start).trim();
  return before.split(/\s+/).filter(Boolean).length <= 2 && !/[,;]/.test(before) ? first.actorId : null;
}

/** A unit in another paragraph whose subject is not the one the group's lead opens with. */
function newSubject(group: Group, unit: Unit): boolean {
  const subject = subjectOf(unit);
  const leadSubject = subjectOf(group.lead);
  const last = group.units[group.units.length - 1]!;
  return (
    subject !== null && leadSubject !== null && subject !== leadSubject && last.paragraph !== unit.paragraph
  );
}

const strongActors = (actors: readonly ActorMention[]) =>
  actors.filter((actor) => STRONG_KINDS.has(actor.kind));
const groupActors = (group: Group) =>
  new Set(group.units.flatMap((unit) => unit.actors.map((actor) => actor.actorId)));
const sharesActor = (group: Group, unit: Unit) => {
  const actors = groupActors(group);
  return strongActors(unit.actors).some((actor) => actors.has(actor.actorId));
};
const valueKey = (date: DateMention) =>
  date.value ? `${date.value.start}/${date.value.end ?? ''}` : `~${date.phrase}`;

/** The day an event happened on, when it is known to the day: what "a day after" counts from. */
function resolvedDay(group: Group): string | null {
  const date = group.dating;
  const value = date && !date.planned ? date.value : null;
  return value && value.start.length === 10 && value.end === undefined ? value.start : null;
}

function shiftDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function groupDate(
  group: Group,
  published: string | null,
  anchor: string | null,
  sourceId: string,
): EventDate {
  const { dating } = group;
  // Named as what came before the happening told: before publication, whatever was stated earlier.
  if (group.lead.nominal) return eventDate(group.units, published, null, sourceId);
  if (dating?.basis === 'anchored' && group.anchoredValue) {
    return {
      basis: 'relative',
      start: group.anchoredValue,
      approximate: false,
      phrase: dating.phrase,
      relativeTo: sourceId,
    };
  }
  return eventDate(group.units, published, anchor, sourceId);
}

/** The latest date the sentences state (the end of a span), or null. */
export function latestStated(sentences: readonly AnalysedSentence[]): string | null {
  const stated = sentences
    .flatMap((s) => s.dates)
    .filter((d) => d.basis === 'stated' && d.value && !d.planned && !d.inQuote);
  const last = stated[stated.length - 1];
  return last?.value ? (last.value.end ?? last.value.start) : null;
}

/** Why an undated event has no date, for the reader. */
export const UNDATED_REASON = 'Neither the text nor its article gives a date or a bound';
const PLANNED_REASON = 'A plan or forecast: the article gives no date on which it happened';

/**
 * The event's date: its first resolved date mention that is not a plan; otherwise bounds. An
 * undated event happened by its article's publication (a plan, after it); in an undated article,
 * after the latest date stated before it.
 */
export function eventDate(
  sentences: readonly AnalysedSentence[],
  published: string | null,
  anchor: string | null,
  sourceId: string,
): EventDate {
  const mentions = sentences.flatMap((sentence) => sentence.dates).filter((mention) => !mention.inQuote);
  const resolved = mentions.find((mention) => mention.value !== null && !mention.planned);
  if (resolved?.value) return fromMention(resolved, resolved.value, sourceId);
  const phrase = mentions[0]?.phrase ?? null;
  if (mentions.length > 0 && mentions.every((mention) => mention.planned)) {
    return published !== null
      ? { basis: 'bounded', after: published, phrase, reason: PLANNED_REASON }
      : { basis: 'bounded', phrase, reason: PLANNED_REASON };
  }
  if (published !== null) return { basis: 'bounded', before: published, phrase };
  if (anchor !== null) return { basis: 'bounded', after: anchor, phrase };
  return { basis: 'bounded', phrase, reason: UNDATED_REASON };
}

function fromMention(
  mention: DateMention,
  value: { start: string; end?: string },
  sourceId: string,
): EventDate {
  const range = { start: value.start, ...(value.end !== undefined ? { end: value.end } : {}) };
  if (mention.basis === 'relative') {
    return {
      basis: 'relative',
      ...range,
      approximate: mention.approximate,
      phrase: mention.phrase,
      relativeTo: sourceId,
    };
  }
  return { basis: 'stated', ...range, approximate: mention.approximate, phrase: mention.phrase };
}
