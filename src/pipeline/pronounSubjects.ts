// "She was placed on ventilator support": a sentence whose subject is "he" or "she" is about the
// person the sentences before were about (centering: the subject, the first person a sentence
// names, rather than the last name seen), of that gender when the first name tells it.
// The person becomes an actor of the sentence, so the event it starts is found by its actor.
import { latestOfGender } from './actorWords';
import type { ActorMention } from './types';

const SUBJECT_PRONOUN =
  /(?:^|[,;:]\s+|\b(?:and|but|when|after|before|as|while)\s+)(he|she)\s+(?!said|says|told|added|stated)\p{Ll}/giu;

export function withPronounSubjects(
  sentences: readonly { text: string; start: number }[],
  actorsOf: readonly ActorMention[][],
  quotes: readonly (readonly [number, number])[],
): ActorMention[][] {
  const subjects: ActorMention[] = [];
  const named: ActorMention[] = [];
  const outsideQuotes = (at: number) => !quotes.some(([start, end]) => at >= start && at < end);
  return sentences.map((sentence, index) => {
    const actors = actorsOf[index] ?? [];
    const found: ActorMention[] = [];
    if (!actors.some((actor) => actor.kind === 'person')) {
      for (const match of sentence.text.matchAll(SUBJECT_PRONOUN)) {
        const pronoun = match[1]!.toLowerCase();
        const at = sentence.start + (match.index ?? 0) + match[0].toLowerCase().lastIndexOf(pronoun);
        if (!outsideQuotes(at)) continue;
        const gender = pronoun === 'she' ? 'female' : 'male';
        const person = latestOfGender(subjects, gender) ?? latestOfGender(named, gender);
        if (person) found.push({ ...person, surface: match[1]!, start: at, inferred: true });
        break;
      }
    }
    // The first person a sentence names, outside quotes, is what it is about.
    const people = actors.filter((actor) => actor.kind === 'person' && outsideQuotes(actor.start));
    if (people[0]) subjects.push(people[0]);
    named.push(...people);
    return found.length ? [...actors, ...found].sort((a, b) => a.start - b.start) : [...actors];
  });
}
