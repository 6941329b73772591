// Quotes and reported speech. A quote is text inside quotation marks (straight or curly) with its
// speaker from the attribution around it ("…," Trump stated); reported speech ("Balkhi said that
// …") is kept as a paraphrase with its speaker, never as a quote.
import type { ActorMention, Statement } from './types';

const SPEECH_VERBS =
  'said|says|stated|states|told|tells|added|adds|stressed|stresses|suggested|suggests|reiterated|reiterates|insisted|insists|hinted|hints|argued|argues|claimed|claims|warned|warns|noted|notes|explained|explains|announced|announces|declared|declares|emphasized|emphasised|emphasizes|emphasises|asserted|asserts|maintained|maintains|confirmed|confirms|denied|denies|acknowledged|acknowledges|wrote|writes';
const QUOTE = /(?:\u201c([^\u201d]+)\u201d|"([^"]+)")/g;
const ATTRIBUTION_AFTER = new RegExp(`^[\\s,]*(.{0,80}?)\\b(?:${SPEECH_VERBS})\\b`, 'u');
// "…," said Ann Lee: the verb first, then the speaker.
const ATTRIBUTION_INVERTED = new RegExp(`^[\\s,]*(?:${SPEECH_VERBS})\\s+(.{1,80}?)(?:[,.;]|$)`, 'u');
const ATTRIBUTION_BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS})\\s*[:,]?\\s*$`, 'u');
const REPORTED = new RegExp(`\\b(?:${SPEECH_VERBS})\\s+that\\s+`, 'gu');
const CONNECTOR = /[,;]?\s*(?:though|although|but|and|while|yet)?\s*(?:\p{Ll}+\s+)?$/u;
const TRAILING_SOURCE = /,\s+[^,]{1,60}\s+(?:reported|reports|said|says)\.?$/u;
// "…, further complicating the relationship": the reporter's comment, not the speaker's words.
const TRAILING_COMMENT =
  /,\s+(?:further|thereby|signaling|signalling|highlighting|underscoring|raising|adding to)\b.*$/u;
const MIN_QUOTE_WORDS = 3;

/** Who "he", "she" or "they" most likely is: the last person, or group, named before. */
export interface SpeakerContext {
  lastPerson: string | null;
  lastCollective: string | null;
}

export function findStatements(
  sentence: string,
  offset: number,
  actors: readonly ActorMention[],
  context: SpeakerContext,
): Statement[] {
  const statements: Statement[] = [];
  const actorsIn = (from: number, to: number) =>
    actors.filter((actor) => actor.start >= offset + from && actor.start < offset + to);
  const quoted: [number, number][] = [];

  for (const match of sentence.matchAll(QUOTE)) {
    const inner = match[1] ?? match[2] ?? '';
    const index = match.index ?? 0;
    quoted.push([index, index + match[0].length]);
    const text = inner.replace(/[,\s]+$/u, '');
    if (text.split(/\s+/).length < MIN_QUOTE_WORDS) continue; // scare quotes, titles
    const rest = sentence.slice(index + match[0].length);
    const inverted = ATTRIBUTION_INVERTED.exec(rest);
    const after = ATTRIBUTION_AFTER.exec(rest);
    const before = ATTRIBUTION_BEFORE.test(sentence.slice(0, index));
    let speakerId: string | null = null;
    if (inverted) {
      const from = index + match[0].length;
      speakerId = pickSpeaker(actorsIn(from, from + inverted[0].length), inverted[1] ?? '', context);
    } else if (after) {
      const from = index + match[0].length;
      speakerId = pickSpeaker(actorsIn(from, from + after[0].length), after[1] ?? '', context);
    } else if (before) {
      speakerId = pickSpeaker(actorsIn(0, index), sentence.slice(0, index), context);
    }
    statements.push({ kind: 'quote', text, start: offset + index + 1, speakerId });
  }

  const verbs = [...sentence.matchAll(REPORTED)].filter(
    (match) => !quoted.some(([from, to]) => (match.index ?? 0) >= from && (match.index ?? 0) < to),
  );
  verbs.forEach((match, i) => {
    const clauseStart = (match.index ?? 0) + match[0].length;
    const next = verbs[i + 1];
    let clause = sentence.slice(clauseStart, next ? next.index : sentence.length);
    if (next) clause = clause.replace(CONNECTOR, '');
    clause = clause
      .replace(TRAILING_SOURCE, '')
      .replace(TRAILING_COMMENT, '')
      .replace(/[\s.!?;:,]+$/u, '');
    if (clause.split(/\s+/).length < MIN_QUOTE_WORDS) return;
    const subject = sentence.slice(0, match.index);
    const speakerId = pickSpeaker(actorsIn(0, match.index ?? 0), subject, context);
    statements.push({ kind: 'paraphrase', text: clause, start: offset + clauseStart, speakerId });
  });
  return statements.sort((a, b) => a.start - b.start);
}

function pickSpeaker(
  candidates: readonly ActorMention[],
  words: string,
  context: SpeakerContext,
): string | null {
  const person = candidates.find((actor) => actor.kind === 'person');
  if (person) return person.actorId;
  if (candidates[0]) return candidates[0].actorId;
  if (/^\s*(?:he|she)\b/i.test(words) || /\b(?:he|she)\s*$/i.test(words)) return context.lastPerson;
  if (/^\s*they\b/i.test(words)) return context.lastCollective;
  return null;
}
