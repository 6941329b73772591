// Who the article is talking about as it is read: the actors named so far outside quotes and who
// spoke last. It turns the words that name a speaker into an actor, as the second stage of quote
// attribution does: a name, a pronoun ("he": the last person named, of the right gender when the
// first name tells it; "they": the last group), or a description ("the ministry": the last actor
// so named; "the statement": whoever spoke last). Unnamed sources ("officials") stay unknown.
import type { ActorKind } from '../schema/dataset';
import { ROLE_NOUN, latestOfGender } from './actorWords';
import { actorId as idOf } from './actorTable';
import type { ActorMention } from './types';

const PERSONAL = /^(?:he|she)$/i;
const COLLECTIVE = /^(?:they|it)$/i;
const DETERMINER =
  /^(?:the|a|an|its|his|her|their|this|that|these|those|also|further|later|again|then|too|earlier|previously|separately|however)$/i;
// What a speaker issues: "the statement said" is its issuer speaking again.
const UTTERANCE = /^(?:statement|post|tweet|release|message|letter|notice|communiqu[eé]|readout|video)$/i;
const BODY =
  /^(?:ministry|department|bank|court|commission|agency|office|government|presidency|party|council|committee|army|military|forces|police|embassy|foundation|organi[sz]ation|company|firm|union|authority|administration|survey|service|institute|league|club|federation|parliament|assembly|senate|family)$/i;

const KIN = /^(?:family)$/i;
const POSSESSIVE_PRONOUN = /^(?:his|her)$/i;
// Unnamed people who speak for whoever spoke last: "Officials also said".
const SPOKESPEOPLE = /^(?:officials|spokesman|spokeswoman|spokesperson|spokespeople)$/i;

export class Discourse {
  private readonly named: ActorMention[] = [];
  /** The last person introduced with each role word ("minister", "coach", "spokesman"). */
  private readonly roles = new Map<string, string>();
  private lastSpeaker: { actorId: string; kind: ActorKind | null } | null = null;
  /** Actors the text names only by a description ("his family"), made when they speak. */
  readonly coined: ActorMention[] = [];

  /** Takes in actors named outside quotes, in the order of the text. */
  read(mentions: readonly ActorMention[], text = '', offset = 0): void {
    this.named.push(...mentions);
    // "Prime Minister Ann Lee", "head coach Bo Ray": the role they are introduced with, for "the prime minister said".
    for (const mention of mentions.filter((actor) => actor.kind === 'person')) {
      const before = text.slice(Math.max(0, mention.start - offset - 40), mention.start - offset);
      for (const word of before
        .toLowerCase()
        .match(/[\p{L}-]+/gu)
        ?.slice(-3) ?? []) {
        if (ROLE_NOUN.test(word)) this.roles.set(word, mention.actorId);
      }
    }
  }

  spoke(actorId: string): void {
    const known = [...this.named, ...this.coined].find((actor) => actor.actorId === actorId);
    this.lastSpeaker = { actorId, kind: known?.kind ?? null };
  }

  /**
   * The actor the words stand for: one of the names among them (a person first; the one nearest
   * the verb when `nearestLast`), else a pronoun or description resolved against what was read.
   */
  resolve(words: string, mentions: readonly ActorMention[], nearestLast = false, at = 0): string | null {
    const ordered = nearestLast ? [...mentions].reverse() : mentions;
    const named = ordered.find((actor) => actor.kind === 'person') ?? ordered[0];
    if (named) return named.actorId;
    const tokens = words
      .replace(/["\u201c\u201d,;:]/gu, ' ')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    const first = tokens[0] ?? '';
    const last = tokens[tokens.length - 1] ?? '';
    const pronoun = [first, last].find((token) => PERSONAL.test(token) || COLLECTIVE.test(token));
    if (pronoun && tokens.length <= 6) return this.byPronoun(pronoun.toLowerCase());
    const head =
      tokens
        .filter((token) => !DETERMINER.test(token))
        .pop()
        ?.replace(/['\u2019]s$/u, '') ?? '';
    if (UTTERANCE.test(head)) return this.lastSpeaker?.actorId ?? null;
    if (KIN.test(head) && tokens.length <= 3 && tokens.some((token) => POSSESSIVE_PRONOUN.test(token)))
      return this.family(tokens.find((token) => POSSESSIVE_PRONOUN.test(token))!.toLowerCase(), at);
    if (
      SPOKESPEOPLE.test(head) &&
      tokens.length <= 3 &&
      this.lastSpeaker &&
      this.lastSpeaker.kind !== null &&
      this.lastSpeaker.kind !== 'person'
    )
      return this.lastSpeaker.actorId;
    if (BODY.test(head) && tokens.length <= 5) return this.byHead(head);
    if (ROLE_NOUN.test(head) && tokens.length <= 4) return this.roles.get(head.toLowerCase()) ?? null;
    return null;
  }

  private byPronoun(pronoun: string): string | null {
    if (pronoun === 'he' || pronoun === 'she') {
      const people = this.named.filter((actor) => actor.kind === 'person');
      return latestOfGender(people, pronoun === 'he' ? 'male' : 'female')?.actorId ?? null;
    }
    return (
      this.named.findLast((actor) => actor.kind === 'group' || actor.kind === 'organisation')?.actorId ?? null
    );
  }

  /** "his family": the family of the person "his" stands for, an actor of its own. */
  private family(pronoun: string, at: number): string | null {
    const personId = this.byPronoun(pronoun === 'her' ? 'she' : 'he');
    const person = this.named.find((actor) => actor.actorId === personId);
    if (!person) return null;
    const name = `${person.name.split(/\s+/).pop() ?? person.name} family`;
    const actorId = idOf(name);
    this.coined.push({
      actorId,
      name,
      kind: 'organisation',
      surface: `${pronoun} family`,
      start: at,
      inferred: true,
    });
    return actorId;
  }

  private byHead(head: string): string | null {
    const word = new RegExp(`(?:^|\\s)${head}(?:\\s|$)`, 'i');
    for (let i = this.named.length - 1; i >= 0; i--) {
      const actor = this.named[i]!;
      if (actor.kind !== 'person' && word.test(actor.name)) return actor.actorId;
    }
    return null;
  }
}
