import { describe, expect, it } from 'vitest';
import { withPronounSubjects } from './pronounSubjects';
import type { ActorMention } from './types';

const person = (name: string, start: number): ActorMention => ({
  actorId: name.toLowerCase().replace(/\s+/g, '-'),
  name,
  kind: 'person',
  surface: name,
  start,
});

function subjects(texts: string[], actors: (ActorMention[] | undefined)[], quotes: [number, number][] = []) {
  let start = 0;
  const sentences = texts.map((text) => {
    const sentence = { text, start };
    start += text.length + 1;
    return sentence;
  });
  return withPronounSubjects(
    sentences,
    actors.map((a) => a ?? []),
    quotes,
  ).map((mentions) => mentions.map((mention) => mention.name));
}

describe('pronoun subjects', () => {
  it('makes "she" the last woman the sentences were about, and "he" the last man', () => {
    expect(
      subjects(
        ['Maria Lopez met John Smith at the dam.', 'On Monday, she was flown to the capital.', 'He stayed.'],
        [[person('Maria Lopez', 0), person('John Smith', 16)]],
      ),
    ).toEqual([['Maria Lopez', 'John Smith'], ['Maria Lopez'], ['John Smith']]);
  });

  it('prefers the subject of a sentence to the last name in it', () => {
    expect(
      subjects(
        ['Omar Said criticised Hamid Baz on Friday.', 'He also demanded a vote.'],
        [[person('Omar Said', 0), person('Hamid Baz', 21)]],
      )[1],
    ).toEqual(['Omar Said']);
  });

  it('leaves a sentence that names a person, and a pronoun inside a quotation, alone', () => {
    expect(
      subjects(
        ['Omar Said spoke.', '“He is wrong,” Hamid Baz replied.'],
        [[person('Omar Said', 0)], [person('Hamid Baz', 32)]],
      )[1],
    ).toEqual(['Hamid Baz']);
    expect(
      subjects(['Omar Said spoke.', '“She will win.”'], [[person('Omar Said', 0)]], [[18, 31]])[1],
    ).toEqual([]);
  });
});
