// Finds the actors each sentence names, with no hand list needed: the alias table's names and the
// short forms of countries first, then the capitalised names of the text, told apart by their words
// (compromise's lexicon of names, countries and organisations, and the heads of organisations' and
// places' names), by their shape ("Name (ACRONYM)", all capitals) and by the words around them: a
// title or role before a name makes a person ("Foreign Minister Wang Yi", "head coach Juan
// Ferrando"), a role after a name makes an employer ("ATK Mohun Bagan head coach"), a place
// preposition makes a place. Across the corpus a lone surname becomes the one person whose full
// name ends with it, and an acronym the organisation it abbreviates (resolveActors).
import type { ActorKind } from '../schema/dataset';
import {
  COUNTRY_SHORT_FORMS,
  NON_ACTOR_HEAD,
  ORGANISATION_HEAD,
  PLACE_PREPOSITION,
  ROLE_NOUN,
  TITLE_WORD,
  lexiconTags,
} from './actorWords';
import { actorId, type KnownActor } from './actorTable';
import { CALENDAR_WORD } from './calendarWords';
import { escapeRegExp } from './escapeRegExp';
import type { ActorMention } from './types';

/** An organisation named with its acronym in brackets after it: the acronym is another of its names. */
export type NamedActorMention = ActorMention & { acronym?: string };

/** A raw mention: an actor, a lone capitalised word that may be someone's surname, or an acronym. */
export type RawActorMention =
  | NamedActorMention
  | { surnameCandidate: string; surface: string; start: number }
  | { acronym: string; surface: string; start: number };

interface Word {
  text: string;
  /** Offset in the sentence. */
  start: number;
  end: number;
}

const POSSESSIVE = /['\u2019]s?$/u;
const DOMAIN = /\.[a-z]{2,}$/i;
// A name's words: capitalised, or a particle joined to one ("al-Sisi"); "of", "for" or "on" may join
// an organisation's name ("Bank of England"), and "bin" or "de" a person's.
const NAME_WORD = String.raw`(?:\p{Lu}|(?:al|el|ul|bin|ibn|abu|de|da|van|von|le|la|du)-\p{Lu})[\p{L}\p{M}\p{N}'\u2019.&-]*`;
const CAPITALISED_RUN = new RegExp(
  `${NAME_WORD}(?:(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?|\\s+(?:bin|ibn|de|da|van|von|der|al)\\s+|\\s+)${NAME_WORD})*`,
  'gu',
);
const CONNECTOR = /^(?:of|for|on|the)$/;
const FUNCTION_TAG = /^(?:Determiner|Preposition|Conjunction|Pronoun|Adverb|Verb|QuestionWord|Modal|Copula)$/;
const NAME_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific']);
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}(?:-\p{Lu})?$/u;
const ACRONYM_AFTER = /^\s*\((\p{Lu}[\p{Lu}\d]{1,5}(?:-\p{Lu})?)\)/u;
const ROLE_AFTER = new RegExp(
  `^\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${ROLE_NOUN.source.slice(4, -2)})\\s+\\p{Lu}`,
  'iu',
);
const ROLE_BEFORE = new RegExp(`(?:^|\\s)(?:${ROLE_NOUN.source.slice(4, -2)})\\s+$`, 'iu');
const FAMILY_AFTER = /^\s+family\b/u;
// A byline or credit opens its line: "By Ann Lee", "Photo: AFP"; "signed by Ann Lee" is not one.
const NEXT_IS_VERB =
  /^\s+(?:\p{Ll}+ed|\p{Ll}+s|said|says|has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|did|does|do|also|then|now|again|still)\b/u;
// "the village of Tari Mangal": the name of a place.
const PLACE_OF =
  /\b(?:village|town|city|district|province|area|region|valley|county|neighbourhood|neighborhood|camp|port)\s+of\s+$/iu;
const BYLINE_BEFORE = /^\s*(?:by|photo:?|pic:?|credit:?)\s+$/iu;

interface Context {
  before: string;
  after: string;
}

export class ActorFinder {
  private readonly aliasPattern: RegExp | null;
  private readonly byAlias = new Map<string, KnownActor>();

  constructor(readonly known: readonly KnownActor[]) {
    for (const actor of known)
      for (const alias of [actor.name, ...actor.aliases]) this.byAlias.set(alias, actor);
    for (const [short, country] of Object.entries(COUNTRY_SHORT_FORMS)) {
      if (this.byAlias.has(short)) continue;
      const listed = this.byAlias.get(country);
      this.byAlias.set(
        short,
        listed ?? { id: actorId(country), name: country, kind: 'country', aliases: [] },
      );
    }
    const aliases = [...this.byAlias.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    // Case-sensitive: "US" the country, not "us"; no letter, digit or hyphen on either side
    // ("Taliban" is not inside "Tehreek-e-Taliban").
    this.aliasPattern = aliases.length
      ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${aliases.join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu')
      : null;
  }

  /** The actors each sentence names. */
  findInSentences(sentences: readonly { text: string; start: number }[]): RawActorMention[][] {
    return sentences.map((sentence) => {
      const known = this.knownIn(sentence.text, sentence.start);
      const found: RawActorMention[] = [...known];
      for (const match of sentence.text.matchAll(CAPITALISED_RUN)) {
        const start = match.index ?? 0;
        const text = match[0].replace(/\.$/, (dot) => (/(?:\p{Lu}\.){2,}$/u.test(match[0]) ? dot : ''));
        if (this.byAlias.has(text.replace(POSSESSIVE, ''))) continue;
        for (const run of splitAtConnectors(words(text, start))) {
          const first = run[0]!;
          const last = run[run.length - 1]!;
          const context = {
            before: sentence.text.slice(Math.max(0, first.start - 40), first.start),
            after: sentence.text.slice(last.end, last.end + 40),
          };
          const taken = known
            .map((m) => [m.start - sentence.start, m.start - sentence.start + m.surface.length] as const)
            .filter(([from, to]) => from < last.end && to > first.start);
          found.push(...classifyRun(sentence.text, run, taken, context, sentence.start));
        }
      }
      return found.sort((a, b) => a.start - b.start);
    });
  }

  private knownIn(sentence: string, offset: number): ActorMention[] {
    const mentions: ActorMention[] = [];
    for (const match of this.aliasPattern ? sentence.matchAll(this.aliasPattern) : []) {
      const actor = this.byAlias.get(match[0]);
      if (actor)
        mentions.push({
          actorId: actor.id,
          name: actor.name,
          kind: actor.kind,
          surface: match[0],
          start: offset + (match.index ?? 0),
        });
    }
    return mentions;
  }
}

function words(text: string, offset: number): Word[] {
  return [...text.matchAll(/\S+/g)].map((match) => ({
    text: match[0],
    start: offset + (match.index ?? 0),
    end: offset + (match.index ?? 0) + match[0].length,
  }));
}

/** "Bank of England" stays one name; "Ambassador of China" is a title and a country. */
function splitAtConnectors(all: Word[]): Word[][] {
  const runs: Word[][] = [[]];
  for (let i = 0; i < all.length; i++) {
    const word = all[i]!;
    const current = runs[runs.length - 1]!;
    if (!CONNECTOR.test(word.text)) {
      current.push(word);
      continue;
    }
    const head = current[current.length - 1]?.text.replace(POSSESSIVE, '') ?? '';
    // "Office for the Coordination of …": a connector after a kept connector stays in the name.
    const afterConnector = CONNECTOR.test(head);
    if (afterConnector || ORGANISATION_HEAD.test(head) || /^(?:Republic|Kingdom|Secretary)$/.test(head))
      current.push(word);
    else {
      while (all[i + 1] && CONNECTOR.test(all[i + 1]!.text)) i++;
      runs.push([]);
    }
  }
  return runs.filter((run) => run.length > 0);
}

const textOf = (sentence: string, run: readonly Word[]) =>
  sentence.slice(run[0]!.start, run[run.length - 1]!.end);
const bare = (word: string) => word.replace(POSSESSIVE, '').replace(/\.$/, '');
const isFunctionWord = (word: Word) =>
  [...lexiconTags(word.text)].some((tag) => FUNCTION_TAG.test(tag)) &&
  !lexiconTags(word.text).has('Honorific');
// A role written with a capital at the start of a sentence ("Striker Jonah Mbeki") is a title too.
const isTitle = (word: Word) =>
  TITLE_WORD.test(bare(word.text)) ||
  ROLE_NOUN.test(bare(word.text)) ||
  lexiconTags(word.text).has('Honorific');

/** The word a name is named after: its last, or the one before "of" ("Bank of England"). */
function headOf(words: readonly Word[]): string {
  const connector = words.findIndex((word) => CONNECTOR.test(word.text));
  return bare(words[connector > 0 ? connector - 1 : words.length - 1]!.text);
}

/** Splits a run around the names already known and classifies each part. */
function classifyRun(
  sentence: string,
  all: Word[],
  taken: readonly (readonly [number, number])[],
  context: Context,
  offset: number,
): RawActorMention[] {
  let run = all;
  while (run[0] && isFunctionWord(run[0])) {
    // "The", "Despite" open a sentence; a "The" still counts as the article before the name.
    if (/^the$/i.test(run[0].text)) context = { ...context, before: `${context.before}the ` };
    run = run.slice(1);
  }
  if (run.length === 0) return [];
  const isTaken = (word: Word) => taken.some(([s, e]) => word.start >= s && word.start < e);
  const surface = bare(textOf(sentence, run));
  const acronym = ACRONYM_AFTER.exec(context.after)?.[1];
  // "Tehreek-i-Taliban Pakistan (TTP)": a name and the acronym that abbreviates it.
  if (acronym && run.length > 1 && initialsOf(surface).endsWith(acronym.replace(/-.*/, ''))) {
    const named = trimToInitials(run, acronym.replace(/-.*/, ''));
    const name = bare(textOf(sentence, named));
    return [mentionOf(name, 'organisation', offset + named[0]!.start, { acronym })];
  }
  // "Taliban Foreign Ministry", "Russia's Supreme Court": an organisation named after a known actor.
  if (run.length > 1 && ORGANISATION_HEAD.test(headOf(run)) && run.some(isTaken)) {
    // "Afghanistan's Defence Ministry" is also written "the Defence Ministry": that part is its surface here.
    const owner = run.findIndex((word) => /['\u2019]s$/u.test(word.text));
    const own = owner >= 0 && owner < run.length - 1 ? run.slice(owner + 1) : null;
    if (own)
      return [
        { ...mentionOf(surface, 'organisation', offset + own[0]!.start), surface: textOf(sentence, own) },
      ];
    return [mentionOf(surface, 'organisation', offset + run[0]!.start)];
  }
  const mentions: RawActorMention[] = [];
  let part: Word[] = [];
  const flush = (isLast: boolean) => {
    if (part.length) {
      const partContext = isLast ? context : { ...context, after: '' };
      const mention = classifyChunk(sentence, part, partContext, offset);
      if (mention) mentions.push(mention);
    }
    part = [];
  };
  for (const word of run) {
    // "On Monday Ann Lee resigned": a weekday or month is no part of the name beside it.
    if (isTaken(word) || CALENDAR_WORD.test(bare(word.text))) flush(false);
    else part.push(word);
    // "Dunmore's Luca Ferrante": a possessive ends one name and the next begins.
    if (
      /['\u2019]s$/u.test(word.text) &&
      part.length > 0 &&
      !ORGANISATION_HEAD.test(bare(run[run.length - 1]!.text))
    )
      flush(false);
  }
  flush(true);
  return mentions;
}

function classifyChunk(
  sentence: string,
  chunk: Word[],
  context: Context,
  offset: number,
): RawActorMention | null {
  const surface = bare(textOf(sentence, chunk));
  const start = offset + chunk[0]!.start;
  const head = headOf(chunk);
  if (DOMAIN.test(surface) || BYLINE_BEFORE.test(context.before)) return null;
  const lexicon = lexiconTags(surface);
  if (lexicon.has('Country')) return mentionOf(titleCase(surface), 'country', start);
  if (lexicon.has('Organization') && !lexicon.has('Person')) return mentionOf(surface, 'organisation', start);
  if (chunk.length === 1 && ACRONYM.test(surface) && !CALENDAR_WORD.test(surface))
    return { acronym: surface, surface, start };
  if (NON_ACTOR_HEAD.test(head)) return null;
  if (ORGANISATION_HEAD.test(head))
    return chunk.length > 1 ? mentionOf(surface, 'organisation', start) : null;
  // "Kestrel Foods", "Dunmore Rovers": a name ending in a plural noun is a company, club or band, not a person.
  if (chunk.length > 1 && isPluralNoun(head) && !lexiconTags(head).has('Person'))
    return mentionOf(surface, 'organisation', start);
  if (FAMILY_AFTER.test(context.after) && chunk.every((word) => isNameLike(word.text)))
    return mentionOf(`${surface} family`, 'organisation', start);

  // "Foreign Minister Ann Lee", "US President Donald Trump": the name follows the last title.
  let lastTitle = -1;
  chunk.forEach((word, index) => {
    if (isTitle(word)) lastTitle = index;
  });
  const name = chunk.slice(lastTitle + 1);
  if (name.length === 0 || name.length > 4) return null;
  const nameSurface = bare(textOf(sentence, name));
  const nameStart = offset + name[0]!.start;
  if (CALENDAR_WORD.test(nameSurface)) return null;
  if (lastTitle >= 0 || ROLE_BEFORE.test(context.before)) return mentionOf(nameSurface, 'person', nameStart);
  if (ROLE_AFTER.test(context.after) && !name.some((word) => lexiconTags(word.text).has('Person')))
    return mentionOf(nameSurface, 'organisation', nameStart);
  if (name.every((word) => lexiconTags(word.text).has('Country')))
    return mentionOf(nameSurface, 'country', nameStart);
  const nameLike = name.every((word) => isNameLike(word.text));
  // "the Taliban", "the Pentagon": a one-word name that takes "the" is a body, not a person.
  // "the Kurram peace talks": a name before a common noun is that noun's modifier, often a place.
  const modifiesANoun = /^\s+\p{Ll}+/u.test(context.after) && !NEXT_IS_VERB.test(context.after);
  if (name.length === 1 && lastTitle < 0 && nameLike && /\bthe\s+$/i.test(context.before) && !modifiesANoun)
    return mentionOf(nameSurface, 'organisation', nameStart);
  // A lone surname the lexicon knows is a person even when no full name is given ("Smith left").
  if (name.length === 1 && lexiconTags(nameSurface).has('LastName'))
    return mentionOf(nameSurface, 'person', nameStart);
  if (name.length === 1)
    return nameLike ? { surnameCandidate: nameSurface, surface: nameSurface, start: nameStart } : null;
  const knownName = name.some((word) => lexiconTags(word.text).has('Person'));
  // "on a Falcon Heavy", "the Express Tribune": an article before a name makes it a thing or a body.
  if (!knownName && /\ban?\s+$/i.test(context.before)) return null;
  if (!knownName && nameLike && /\bthe\s+$/i.test(context.before))
    return mentionOf(nameSurface, 'organisation', nameStart);
  if (PLACE_OF.test(context.before)) return null;
  if (nameLike && (knownName || !PLACE_PREPOSITION.test(context.before)))
    return mentionOf(nameSurface, 'person', nameStart);
  // "Ketanji Brown Jackson": a known first or last name carries a middle word that is also a common one.
  const lastKnown = lexiconTags(name[name.length - 1]!.text).has('LastName');
  const firstKnown = lexiconTags(name[0]!.text).has('FirstName');
  if ((lastKnown || firstKnown) && name.every((word) => /^\p{Lu}\p{Ll}/u.test(word.text)))
    return mentionOf(nameSurface, 'person', nameStart);
  return null;
}

function isPluralNoun(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word) || /(?:ss|us|is)$/u.test(word)) return false;
  const lower = word.toLowerCase();
  const stems = [lower, lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.slice(0, -1)];
  return stems.some((stem) =>
    [...lexiconTags(stem)].some((tag) => tag === 'Plural' || tag === 'Noun' || tag === 'Singular'),
  );
}

/** A word that can be part of a person's name: the lexicon knows it as a name, or not at all. */
function isNameLike(word: string): boolean {
  const text = bare(word);
  if (
    ACRONYM.test(text) ||
    ORGANISATION_HEAD.test(text) ||
    NON_ACTOR_HEAD.test(text) ||
    CALENDAR_WORD.test(text)
  )
    return false;
  if (!/^(?:\p{Lu}\p{Ll}|(?:al|el|ul|bin|ibn|abu|de|da|van|von|le|la|du)-\p{Lu})/u.test(text)) return false;
  const tags = lexiconTags(text);
  return tags.size === 0 || [...tags].some((tag) => NAME_TAGS.has(tag));
}

function mentionOf(
  name: string,
  kind: ActorKind,
  start: number,
  extra: { acronym?: string } = {},
): NamedActorMention {
  return { actorId: actorId(name), name, kind, surface: name, start, ...extra };
}

function titleCase(name: string): string {
  return name.replace(/(^|\s)\p{Ll}/gu, (letter) => letter.toUpperCase());
}

/** "Institute of Strategic Studies Islamabad" → "ISSI": the capitals of a name's words. */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

/** The end of a run whose initials spell the acronym ("the Foreign Office (FO)" → "Foreign Office"). */
function trimToInitials(run: Word[], acronym: string): Word[] {
  for (let i = 0; i < run.length; i++) {
    const rest = run.slice(i);
    if (initialsOf(rest.map((word) => word.text).join(' ')) === acronym) return rest;
  }
  return run;
}

const SURNAME_PARTICLE = /^(?:al|el|ul|bin|ibn|abu|de|da|van|von|le|la|du)-/i;
const surnameOf = (name: string) => (name.split(/\s+/).pop() ?? name).replace(SURNAME_PARTICLE, '');

/**
 * Across the corpus: a full name with a title the lexicon missed ("Mawlawi Amir Khan Muttaqi")
 * joins the plain name it ends with; a lone surname ("Trump") becomes the one person whose full
 * name ends with it (a surname shared by several people is dropped rather than guessed); an
 * acronym becomes the organisation named with it or whose initials it spells, else stays itself.
 */
export function resolveActors(perSentence: RawActorMention[][]): ActorMention[][] {
  const people = new Map<string, ActorMention>();
  const acronyms = new Map<string, ActorMention>();
  const organisations = new Map<string, ActorMention>();
  for (const mention of perSentence.flat()) {
    if (!('actorId' in mention)) continue;
    if (mention.kind === 'person' && mention.name.includes(' ')) people.set(mention.actorId, mention);
    if (mention.kind === 'organisation') {
      if (mention.acronym) acronyms.set(mention.acronym, mention);
      organisations.set(mention.actorId, mention);
    }
  }
  const canonical = new Map<string, ActorMention>();
  for (const person of people.values()) {
    const shorter = [...people.values()].find(
      (other) =>
        other !== person &&
        other.name.length < person.name.length &&
        person.name.endsWith(` ${other.name}`) &&
        other.name.includes(' '),
    );
    canonical.set(person.actorId, shorter ?? person);
  }
  const bySurname = new Map<string, ActorMention[]>();
  for (const person of new Set(canonical.values())) {
    const surname = surnameOf(person.name);
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), person]);
  }
  const byInitials = new Map<string, ActorMention>();
  for (const organisation of organisations.values()) {
    const initials = initialsOf(organisation.name.replace(POSSESSIVE, ''));
    if (initials.length >= 2) byInitials.set(initials, organisation);
  }
  const as = (mention: { surface: string; start: number }, actor: ActorMention): ActorMention => ({
    actorId: actor.actorId,
    name: actor.name,
    kind: actor.kind,
    surface: mention.surface,
    start: mention.start,
  });
  const resolve = (mention: RawActorMention): ActorMention | null => {
    if ('acronym' in mention && !('actorId' in mention)) {
      const expanded = acronyms.get(mention.acronym) ?? byInitials.get(mention.acronym.replace(/-.*/, ''));
      return expanded
        ? as(mention, expanded)
        : {
            actorId: actorId(mention.acronym),
            name: mention.acronym,
            kind: 'organisation',
            surface: mention.surface,
            start: mention.start,
          };
    }
    if ('actorId' in mention) {
      const plain: ActorMention = {
        actorId: mention.actorId,
        name: mention.name,
        kind: mention.kind,
        surface: mention.surface,
        start: mention.start,
      };
      if (mention.kind !== 'person') return plain;
      const full = canonical.get(mention.actorId);
      if (full) return as(mention, full);
      if (mention.name.includes(' ')) return plain;
      const matches = bySurname.get(surnameOf(mention.name));
      if (matches === undefined) return plain;
      // "Lee" when both Ann Lee and Bo Lee are named: leave it out rather than guess.
      return matches.length === 1 ? as(mention, matches[0]!) : null;
    }
    const matches = bySurname.get(mention.surnameCandidate.replace(SURNAME_PARTICLE, ''));
    return matches?.length === 1 ? as(mention, matches[0]!) : null;
  };
  return perSentence.map((mentions) => mentions.map(resolve).filter((mention) => mention !== null));
}
