import { describe, expect, it } from 'vitest';
import { dateScope, isPlanned } from './clauses';

const scope = (sentence: string, phrase: string) => {
  const at = sentence.indexOf(phrase);
  return dateScope(sentence, at, at + phrase.length);
};
const planned = (sentence: string, phrase: string) => isPlanned(sentence, sentence.indexOf(phrase), phrase);

describe('date scope', () => {
  it('gives the sentence its own date, including one in an opening phrase', () => {
    expect(scope('The council closed the bridge on Friday.', 'on Friday')).toBe('main');
    expect(scope('In the 2019 local elections, turnout fell.', 'the 2019')).toBe('main');
    expect(scope('In a ruling issued on Friday, the court sided with the city.', 'on Friday')).toBe('main');
  });

  it('gives a relative, reduced or participle clause its own date', () => {
    expect(scope('The mill, which closed in 1998, reopened as a museum.', 'in 1998')).toBe('subordinate');
    expect(scope('The council refused to return the land seized in 2019, an aide said.', 'in 2019')).toBe(
      'subordinate',
    );
    expect(scope('The court lifted the ban, ending a restriction in place since 2003.', 'since 2003')).toBe(
      'subordinate',
    );
    expect(scope('Its cleanup programme — running since May 2020 — may end soon.', 'May 2020')).toBe(
      'subordinate',
    );
    expect(scope('Talks resumed after the 2022 flood damaged the dam.', 'the 2022')).toBe('subordinate');
    expect(scope('Aid arrived during its evacuation of the valley in 2021.', 'in 2021')).toBe('subordinate');
  });

  it('tells plans and forecasts from what happened', () => {
    expect(planned('The bridge will reopen on Monday.', 'on Monday')).toBe(true);
    expect(planned('Prices may keep rising, at least until June.', 'June')).toBe(true);
    expect(planned('The committee is expected to meet in March.', 'in March')).toBe(true);
    expect(planned('The bridge reopened on Monday.', 'on Monday')).toBe(false);
  });

  describe('what a participle is not', () => {
    it('does not take a noun ending like a participle for one', () => {
      expect(scope('Rebels attacked the town on Monday.', 'on Monday')).toBe('main');
      expect(scope('The army evacuated the children in 2020.', 'in 2020')).toBe('main');
    });
  });

  describe('subordinate clauses with a verb of their own', () => {
    it("gives the date to the clause it stands in, and a noun's date to the noun", () => {
      expect(
        scope('The bank cut rates on Thursday after inflation slowed to 2% in October.', 'in October'),
      ).toBe('subordinate');
      expect(
        scope('The bank cut rates on Thursday after inflation slowed to 2% in October.', 'on Thursday'),
      ).toBe('main');
      expect(scope('The fund lowered its forecast for next year.', 'next year')).toBe('subordinate');
      expect(planned('The ministry said it would send engineers in April.', 'in April')).toBe(true);
    });
  });
});
