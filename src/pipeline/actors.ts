// Finds the actors each sentence names: first the alias table's names, then people,
// organisations and countries among the capitalised words, told apart by compromise's lexicon. Titles ("former U.S. President") are not
// actors; a lone surname is resolved to the full name later, across the corpus (resolveActors).
import nlp from 'compromise';
import type { ActorKind } from '../schema/dataset';
import { actorId, type KnownActor } from './actorTable';
import type { ActorMention } from './types';

interface Term {
  text: string;
  start: number;
  end: number;
  tags: Set<string>;
}

/** A raw mention: a known or new actor, or a lone capitalised word that may be someone's surname. */
export type RawActorMention = ActorMention | { surnameCandidate: string; surface: string; start: number };

const ORGANISATION_WORDS =
  /^(?:Ministry|Ministries|Department|Council|Party|Army|Forces|Agency|Bank|Company|Corporation|Inc|Ltd|University|Committee|Commission|Court|Parliament|Government|Office|Association|Union|Front|Movement|Organization|Organisation|Federation|Institute|Foundation)$/;
// Titles the lexicon does not mark as such; a name follows them ("Senator Ann Lee").
const TITLE_WORDS =
  /^(?:Senator|Sen\.|Governor|Gov\.|General|Gen\.|Ambassador|Chancellor|Mayor|Judge|Justice|Commander|Colonel|Col\.|Captain|Capt\.|Admiral|Sheikh|King|Queen|Prince|Princess|Pope|Cardinal|Bishop|Rabbi|Imam|Mullah|Spokesman|Spokeswoman|Spokesperson|Representative|Rep\.|Deputy|Secretary|Premier|Chairman|Chairwoman|Chief)$/;
const CALENDAR_WORDS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const POSSESSIVE = /['\u2019]s?$/;
const DOMAIN = /\.[a-z]{2,}$/i;

// Runs of capitalised words ("Taliban Foreign Ministry", "U.S.", "Trump’s"); commas end a run.
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}\p{N}'\u2019.-]*(?:\s+\p{Lu}[\p{L}\p{M}\p{N}'\u2019.-]*)*/gu;
const FUNCTION_WORD =
  /^(?:Determiner|Preposition|Conjunction|Pronoun|Adverb|Verb|QuestionWord|Modal|Copula)$/;

interface Run {
  sentence: number;
  /** Offset of the run in its sentence. */
  start: number;
  text: string;
  terms: Term[];
}

export class ActorFinder {
  private readonly aliasPattern: RegExp | null;
  private readonly byAlias = new Map<string, KnownActor>();

  constructor(readonly known: readonly KnownActor[]) {
    for (const actor of known)
      for (const alias of [actor.name, ...actor.aliases]) this.byAlias.set(alias, actor);
    const aliases = [...this.byAlias.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    // Case-sensitive: "US" the country, not "us"; no letter or digit on either side.
    this.aliasPattern = aliases.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
      : null;
  }

  /** The actors each sentence names; compromise's lexicon tells people, titles, organisations and countries apart. */
  findInSentences(sentences: readonly { text: string; start: number }[]): RawActorMention[][] {
    const known = sentences.map((sentence) => this.knownIn(sentence.text, sentence.start));
    const runs = sentences.flatMap((sentence, index) =>
      [...sentence.text.matchAll(CAPITALISED_RUN)]
        .map((match) => ({
          sentence: index,
          start: match.index ?? 0,
          text: match[0].replace(/\.$/, (dot) => (/(?:\p{Lu}\.){2,}$/u.test(match[0]) ? dot : '')),
          terms: [] as Term[],
        }))
        // A run that is just a known name ("US", "Taliban") needs no tagging.
        .filter((run) => !this.byAlias.has(run.text.replace(POSSESSIVE, ''))),
    );
    tagRuns(runs);
    const found: RawActorMention[][] = known.map((mentions) => [...mentions]);
    for (const run of runs) {
      const sentence = sentences[run.sentence]!;
      const taken = known[run.sentence]!.map(
        (m) => [m.start - sentence.start, m.start - sentence.start + m.surface.length] as const,
      );
      found[run.sentence]!.push(...classifyRun(run, taken, sentence.start));
    }
    return found.map((mentions) => mentions.sort((a, b) => a.start - b.start));
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

const { lexicon, tagSet } = (
  nlp.model() as {
    one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents?: string[] }> };
  }
).one;
const tagCache = new Map<string, Set<string>>();

/** A word's tags from compromise's lexicon, with their parents (MaleName → FirstName → Person). */
function lexiconTags(word: string): Set<string> {
  const key = word.toLowerCase().replace(POSSESSIVE, '').replace(/\.$/, '');
  let tags = tagCache.get(key);
  if (!tags) {
    tags = new Set<string>();
    for (const tag of [lexicon[key] ?? []].flat()) {
      tags.add(tag);
      for (const parent of tagSet[tag]?.parents ?? []) tags.add(parent);
    }
    tagCache.set(key, tags);
  }
  return tags;
}

/**
 * Gives each run's words their lexicon tags. Looking words up is enough for names and titles,
 * and many times faster than running compromise's tagger over every sentence.
 */
function tagRuns(runs: Run[]): void {
  for (const run of runs) {
    for (const match of run.text.matchAll(/\S+/g)) {
      const start = match.index ?? 0;
      run.terms.push({ text: match[0], start, end: start + match[0].length, tags: lexiconTags(match[0]) });
    }
  }
}

/** Splits a run around known actors' names and classifies what is left. */
function classifyRun(
  run: Run,
  taken: readonly (readonly [number, number])[],
  sentenceStart: number,
): RawActorMention[] {
  const at = (term: Term) => run.start + term.start;
  let terms = run.terms;
  while (
    terms[0] &&
    [...terms[0].tags].some((tag) => FUNCTION_WORD.test(tag)) &&
    !terms[0].tags.has('Honorific')
  ) {
    terms = terms.slice(1); // "The", "Despite", "However" open a sentence, not a name
  }
  const isTaken = (term: Term) => taken.some(([s, e]) => at(term) >= s && at(term) < e);
  const last = terms[terms.length - 1];
  // "Taliban Foreign Ministry": an organisation named after a known actor is an actor of its own.
  if (last && terms.length > 1 && isOrganisationWord(last) && terms.some(isTaken)) {
    const surface = runText(run, terms);
    return [
      {
        actorId: actorId(surface),
        name: surface,
        kind: 'organisation',
        surface,
        start: sentenceStart + at(terms[0]!),
      },
    ];
  }
  const mentions: RawActorMention[] = [];
  let part: Term[] = [];
  const flush = () => {
    const mention = classifyChunk(run, part, sentenceStart);
    if (mention) mentions.push(mention);
    part = [];
  };
  for (const term of terms) {
    if (isTaken(term)) flush();
    else part.push(term);
  }
  flush();
  return mentions;
}

function classifyChunk(run: Run, chunk: Term[], sentenceStart: number): RawActorMention | null {
  // "Foreign Minister Ann Lee", "US President Donald Trump": the name follows the last title.
  let lastTitle = -1;
  chunk.forEach((term, index) => {
    if (term.tags.has('Honorific') || term.tags.has('Actor') || TITLE_WORDS.test(term.text))
      lastTitle = index;
  });
  const honorifics = lastTitle + 1;
  if (honorifics >= chunk.length) return null;
  const words = chunk.slice(honorifics);
  const surface = runText(run, words).replace(POSSESSIVE, '');
  const start = sentenceStart + run.start + words[0]!.start;
  if (DOMAIN.test(surface)) return null;
  const kind = chunkKind(words, honorifics > 0);
  if (kind !== null) return { actorId: actorId(surface), name: surface, kind, surface, start };
  if (words.length === 1 && !CALENDAR_WORDS.test(surface))
    return { surnameCandidate: surface, surface, start };
  return null;
}

function runText(run: Run, terms: readonly Term[]): string {
  return run.text.slice(terms[0]!.start, terms[terms.length - 1]!.end);
}

function isOrganisationWord(term: Term): boolean {
  return term.tags.has('Organization') || ORGANISATION_WORDS.test(term.text.replace(POSSESSIVE, ''));
}

function chunkKind(words: Term[], afterHonorific: boolean): ActorKind | null {
  const last = words[words.length - 1]!;
  if (isOrganisationWord(last)) return words.length > 1 ? 'organisation' : null;
  if (afterHonorific || words.some((term) => term.tags.has('Person'))) return 'person';
  if (words.every((term) => term.tags.has('Country'))) return 'country';
  return null;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Across the corpus: a lone surname ("Trump", "Balkhi") becomes the one person whose full name
 * ends with it; a surname that matches no one, or several, is dropped.
 */
export function resolveActors(perSentence: RawActorMention[][]): ActorMention[][] {
  const people = new Map<string, ActorMention>();
  for (const mention of perSentence.flat()) {
    if ('actorId' in mention && mention.kind === 'person') people.set(mention.actorId, mention);
  }
  const bySurname = new Map<string, ActorMention[]>();
  for (const person of people.values()) {
    const parts = person.name.split(/\s+/);
    if (parts.length < 2) continue;
    const surname = parts[parts.length - 1]!;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), person]);
  }
  const resolve = (mention: RawActorMention): ActorMention | null => {
    if ('actorId' in mention) {
      const full =
        mention.kind === 'person' && !mention.name.includes(' ') ? bySurname.get(mention.name) : undefined;
      if (full === undefined) return mention;
      // "Lee" when both Ann Lee and Bo Lee are named: leave it out rather than guess.
      return full.length === 1 ? { ...mention, actorId: full[0]!.actorId, name: full[0]!.name } : null;
    }
    const matches = bySurname.get(mention.surnameCandidate);
    if (matches?.length !== 1) return null;
    const person = matches[0]!;
    return {
      actorId: person.actorId,
      name: person.name,
      kind: 'person',
      surface: mention.surface,
      start: mention.start,
    };
  };
  return perSentence.map((mentions) => mentions.map(resolve).filter((mention) => mention !== null));
}
