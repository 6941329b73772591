import { describe, expect, it } from 'vitest';
import { ActorFinder, resolveActors } from './actors';
import { knownActors } from './actorTable';

const table = knownActors([
  { name: 'United States', kind: 'country', aliases: ['US', 'U.S.'] },
  { name: 'Taliban', kind: 'group', aliases: [] },
]);
const finder = new ActorFinder(table);

function actorsIn(...sentences: string[]) {
  const resolved = resolveActors(finder.findInSentences(sentences.map((text) => ({ text, start: 0 }))));
  return resolved.map((mentions) => mentions.map((m) => `${m.name} (${m.kind})`));
}

describe('actors', () => {
  it('makes one actor of a person under every name and title', () => {
    expect(
      actorsIn(
        'The demand came from former U.S. President Donald Trump on Friday.',
        'President Trump, in a meeting, spoke.',
        'Trump stated it again.',
      ),
    ).toEqual([
      ['United States (country)', 'Donald Trump (person)'],
      ['Donald Trump (person)'],
      ['Donald Trump (person)'],
    ]);
  });

  it('strips titles the lexicon does not know', () => {
    expect(actorsIn('Senator Anton Bakr spoke.', 'Bakr left.')).toEqual([
      ['Anton Bakr (person)'],
      ['Anton Bakr (person)'],
    ]);
  });

  it('makes one actor of a country under its aliases, case-sensitively', () => {
    expect(actorsIn('The US and the U.S. and the United States told us.')).toEqual([
      ['United States (country)', 'United States (country)', 'United States (country)'],
    ]);
  });

  it('finds organisations, including one named after a known actor', () => {
    expect(actorsIn('Taliban Foreign Ministry spokesman Abdul Qahar Balkhi said so.')).toEqual([
      ['Taliban (group)', 'Taliban Foreign Ministry (organisation)', 'Abdul Qahar Balkhi (person)'],
    ]);
  });

  it('drops capitalised words that name no one, and outlets named by their domain', () => {
    expect(actorsIn('Despite everything, Weekly.com reported in March that Smith left.')).toEqual([
      ['Smith (person)'],
    ]);
    expect(actorsIn('Meanwhile, Kabul Weekly.com reported it.')).toEqual([[]]);
  });

  it('does not guess between two people who share a surname', () => {
    expect(actorsIn('President Ann Lee met President Bo Lee.', 'Lee spoke.')[1]).toEqual([]);
  });
});
