// Finds the actors a sentence names: first the alias table's names, then people and
// organisations that compromise tags as proper nouns. Titles ("former U.S. President") are not
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
const CALENDAR_WORDS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const POSSESSIVE = /['\u2019]s?$/;
const DOMAIN = /\.[a-z]{2,}$/i;

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

  find(sentence: string, offset: number): RawActorMention[] {
    const mentions: RawActorMention[] = [];
    const taken: [number, number][] = [];
    for (const match of this.aliasPattern ? sentence.matchAll(this.aliasPattern) : []) {
      const actor = this.byAlias.get(match[0]);
      if (!actor) continue;
      const start = match.index ?? 0;
      taken.push([start, start + match[0].length]);
      mentions.push({
        actorId: actor.id,
        name: actor.name,
        kind: actor.kind,
        surface: match[0],
        start: offset + start,
      });
    }
    const overlapsKnown = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);

    for (const chunk of properNounChunks(sentence)) {
      const honorific = chunk.findIndex((term) => !term.tags.has('Honorific'));
      if (honorific === -1) continue;
      const words = chunk.slice(honorific);
      const first = words[0]!;
      const last = words[words.length - 1]!;
      const surface = sentence.slice(first.start, last.end).replace(POSSESSIVE, '');
      const kind = chunkKind(words, honorific > 0);
      const exactlyKnown = taken.some(([s, e]) => s === first.start && e >= last.end - 2);
      if (exactlyKnown || DOMAIN.test(surface)) continue;
      if (kind === 'organisation') {
        // "Taliban Foreign Ministry": a known actor's organisation is an actor of its own.
        mentions.push({
          actorId: actorId(surface),
          name: surface,
          kind,
          surface,
          start: offset + first.start,
        });
      } else if (overlapsKnown(first.start, last.end)) {
        continue;
      } else if (kind !== null) {
        mentions.push({
          actorId: actorId(surface),
          name: surface,
          kind,
          surface,
          start: offset + first.start,
        });
      } else if (words.length === 1 && !CALENDAR_WORDS.test(surface)) {
        mentions.push({ surnameCandidate: surface, surface, start: offset + first.start });
      }
    }
    return mentions.sort((a, b) => a.start - b.start);
  }
}

function chunkKind(words: Term[], afterHonorific: boolean): ActorKind | null {
  const last = words[words.length - 1]!;
  if (last.tags.has('Organization') || ORGANISATION_WORDS.test(last.text.replace(POSSESSIVE, ''))) {
    return words.length > 1 ? 'organisation' : null;
  }
  if (afterHonorific || words.some((term) => term.tags.has('Person'))) return 'person';
  if (words.every((term) => term.tags.has('Country'))) return 'country';
  return null;
}

/** Runs of consecutive proper nouns (honorifics included), with offsets in the sentence. */
function properNounChunks(sentence: string): Term[][] {
  const [parsed] = nlp(sentence).json({ offset: true }) as
    | { terms: { text: string; tags: string[]; offset: { start: number; length: number }; post: string }[] }[]
    | [];
  const chunks: Term[][] = [];
  let current: Term[] = [];
  for (const [index, term] of (parsed?.terms ?? []).entries()) {
    const tags = new Set(term.tags);
    // A sentence's first word is capitalised anyway, so compromise cannot tag it a proper noun:
    // take a singular noun there as a candidate, which only counts if it resolves to someone.
    const firstNoun = index === 0 && tags.has('Singular') && !tags.has('Pronoun');
    const proper = tags.has('ProperNoun') || tags.has('Person') || tags.has('Honorific') || firstNoun;
    if (proper && /^\p{Lu}/u.test(term.text)) {
      current.push({
        text: term.text,
        start: term.offset.start,
        end: term.offset.start + term.offset.length,
        tags,
      });
      // Punctuation after a word ("Trump," or "China,") ends the run.
      if (term.post.trim() !== '') {
        chunks.push(current);
        current = [];
      }
    } else if (current.length) {
      chunks.push(current);
      current = [];
    }
  }
  if (current.length) chunks.push(current);
  return chunks;
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
