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

  describe('without an alias table', () => {
    const bare = new ActorFinder([]);
    const found = (...sentences: string[]) =>
      resolveActors(bare.findInSentences(sentences.map((text) => ({ text, start: 0 })))).map((mentions) =>
        mentions.map((m) => `${m.name} (${m.kind})`),
      );

    it('finds organisations by their head word, "of" names, acronyms and "the" before one word', () => {
      expect(found('The Bank of Lowland raised rates.')).toEqual([['Bank of Lowland (organisation)']]);
      expect(
        found('The Harbour Workers Union (HWU) called a strike.', 'The HWU said it would go on.'),
      ).toEqual([
        ['Harbour Workers Union (organisation)', 'Harbour Workers Union (organisation)'],
        ['Harbour Workers Union (organisation)'],
      ]);
      expect(found('The Coastguard rescued four sailors.')).toEqual([['Coastguard (organisation)']]);
    });

    it('finds people by a title or a role before the name, and the employer named before the role', () => {
      expect(found('Foreign Minister Tariq Baloo met the press.')).toEqual([['Tariq Baloo (person)']]);
      expect(found('Lowtown Rovers head coach Ilse Marchetti praised her players.')).toEqual([
        ['Lowtown Rovers (organisation)', 'Ilse Marchetti (person)'],
      ]);
    });

    it('makes one actor of every short form of a country, and of a full name and its surname', () => {
      expect(found('The US, the U.S. and America agreed.')).toEqual([
        ['United States (country)', 'United States (country)', 'United States (country)'],
      ]);
      expect(found('Senator Mara Okafor spoke first.', 'Okafor then left.')).toEqual([
        ['Mara Okafor (person)'],
        ['Mara Okafor (person)'],
      ]);
      expect(found('Mawlawi Rahim Dost Zahir spoke.', 'Rahim Dost Zahir left.')).toEqual([
        ['Rahim Dost Zahir (person)'],
        ['Rahim Dost Zahir (person)'],
      ]);
    });

    it('takes no place, credit or country-in-a-name for an actor', () => {
      expect(found('Crowds gathered at Liberty Square near the Northgate Airport.')).toEqual([[]]);
      expect(found('The Bank of England held rates.')).toEqual([['Bank of England (organisation)']]);
      expect(found('Floods reached Khoral Province and Upper Velm.')).toEqual([[]]);
    });
  });

  describe('names beside dates', () => {
    it('keeps a name that follows a weekday or month', () => {
      const finder = new ActorFinder([]);
      const found = resolveActors(
        finder.findInSentences([{ text: 'On Monday Ann Lee resigned.', start: 0 }]),
      );
      expect(found[0]?.map((m) => m.name)).toEqual(['Ann Lee']);
    });
  });
});
