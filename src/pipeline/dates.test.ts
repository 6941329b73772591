import { describe, expect, it, vi } from 'vitest';
import { findDateMentions, parseStandaloneDate, type DateContext } from './dates';

const withDate: DateContext = { published: '2025-03-30', anchorYear: 2021 };
const undated: DateContext = { published: null, anchorYear: null };
const found = (sentence: string, context = withDate) =>
  findDateMentions(sentence, 0, context).map(({ phrase, value, basis, approximate }) => ({
    phrase,
    value,
    basis,
    approximate,
  }));
const valueOf = (sentence: string, published: string | null = '2024-05-08') =>
  findDateMentions(sentence, 0, { published, anchorYear: null }).map(
    (mention) => mention.value?.start ?? mention.basis,
  );

describe('findDateMentions', () => {
  it('keeps the precision of stated dates, borrowing only the year from publication', () => {
    expect(found('In a meeting on March 28, he spoke.')).toEqual([
      { phrase: 'March 28', value: { start: '2025-03-28' }, basis: 'stated', approximate: false },
    ]);
    expect(found('The withdrawal from Afghanistan in 2021 was chaotic.')).toEqual([
      { phrase: 'in 2021', value: { start: '2021' }, basis: 'stated', approximate: false },
    ]);
    expect(found('It closed in March 2024.')).toEqual([
      { phrase: 'March 2024', value: { start: '2024-03' }, basis: 'stated', approximate: false },
    ]);
  });

  it('resolves relative dates against the publication date', () => {
    expect(found('Last year, China acted.')).toEqual([
      { phrase: 'Last year', value: { start: '2024' }, basis: 'relative', approximate: false },
    ]);
  });

  it('leaves relative dates unresolved without a publication date, whatever today is', () => {
    vi.useFakeTimers({ now: new Date('2031-07-04T00:00:00Z') });
    try {
      expect(found('Last year, China acted. On March 28 they met.', undated)).toEqual([
        { phrase: 'Last year', value: null, basis: 'unresolved', approximate: false },
        { phrase: 'March 28', value: null, basis: 'unresolved', approximate: false },
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads an approximate span ending at the latest date stated before it', () => {
    expect(found('The exit, after nearly two decades of deployment, came.')).toEqual([
      {
        phrase: 'nearly two decades of deployment',
        value: { start: '2001', end: '2021' },
        basis: 'stated',
        approximate: true,
      },
    ]);
    expect(found('After 3 years of talks, nothing.')[0]).toMatchObject({
      value: { start: '2018', end: '2021' },
      approximate: false,
    });
    expect(found('After nearly two decades of war.', undated)[0]).toMatchObject({
      value: null,
      basis: 'unresolved',
    });
  });

  it('does not take "now" or a time of day for a date', () => {
    expect(found('The weapons now belong to them.')).toEqual([]);
    expect(found('They met at 5 pm.')).toEqual([]);
  });

  it('offsets mentions by the sentence position', () => {
    expect(findDateMentions('Met on March 28.', 100, withDate)[0]?.start).toBe(107);
  });
});

describe('normalising against the publication date (HeidelTime news rules)', () => {
  // 2024-05-08 is a Wednesday.
  it('takes a weekday or a month without a year as the last one before publication, or the next for a plan', () => {
    expect(valueOf('The vote was held on Monday.')).toEqual(['2024-05-06']);
    expect(valueOf('The vote was held on Wednesday.')).toEqual(['2024-05-08']);
    expect(valueOf('The vote will be held on Monday.')).toEqual(['2024-05-13']);
    expect(valueOf('Prices have risen every month since June.')).toEqual(['2023-06']);
    expect(valueOf('Inflation reached 9% in March.')).toEqual(['2024-03']);
    expect(valueOf('The summit is expected in September.')).toEqual(['2024-09']);
    expect(valueOf('Prices rose 4% in the year through April.')).toEqual(['2024-04']);
  });

  it('counts "two days ago" and "today" from publication; with no publication date they stay unresolved', () => {
    expect(valueOf('Two days ago the levee broke.')).toEqual(['2024-05-06']);
    expect(valueOf('The levee broke at 6 am today.')).toEqual(['2024-05-08']);
    expect(valueOf('The levee broke on Monday.', null)).toEqual(['unresolved']);
  });

  it('reads spans with the precision of each end', () => {
    expect(findDateMentions('She led the agency from 1997-2006.', 0, withDate)[0]?.value).toEqual({
      start: '1997',
      end: '2006',
    });
    expect(findDateMentions('The mission ran between 2005 and August 2021.', 0, withDate)[0]?.value).toEqual({
      start: '2005',
      end: '2021-08',
    });
  });

  it('takes no length of time, second, minute or term for a date', () => {
    expect(valueOf('Rates are at their highest in 23 years.')).toEqual([]);
    expect(valueOf('He will be back in a minute.')).toEqual([]);
    expect(valueOf('She won a second term.')).toEqual([]);
    expect(found('It had been banned for over two decades.')[0]).toMatchObject({
      value: null,
      basis: 'unresolved',
    });
  });

  it('never counts "three years after the invasion" or "two days later" forward from publication', () => {
    expect(valueOf('Three years after the invasion, the city was rebuilt.')).toEqual(['unresolved']);
    expect(valueOf('Two days later, the rebels left.')).toEqual(['unresolved']);
    expect(valueOf('Six months after the vote, nothing had changed.')).toEqual(['unresolved']);
  });

  it('keeps "a day after X" to be counted from X, and "in recent years" as before publication only', () => {
    expect(findDateMentions('The cut came a day after the vote.', 0, withDate)[0]).toMatchObject({
      basis: 'anchored',
      offsetDays: -1,
    });
    expect(findDateMentions('Two towns have done so in recent years.', 0, withDate)[0]).toMatchObject({
      basis: 'vague',
      value: null,
    });
  });

  it('marks dates inside a quotation as the speaker’s', () => {
    const sentence = '“Today we rebuild,” the mayor said on Tuesday.';
    const mentions = findDateMentions(sentence, 0, { ...withDate, quotes: [[1, 17]] });
    expect(mentions.map((mention) => [mention.phrase, mention.inQuote])).toEqual([
      ['Today', true],
      ['on Tuesday', false],
    ]);
  });
});

describe('parseStandaloneDate', () => {
  it('reads a line that is only a full date', () => {
    expect(parseStandaloneDate('March 30, 2025')).toBe('2025-03-30');
    expect(parseStandaloneDate('March 2025')).toBeNull();
    expect(parseStandaloneDate('Published March 30, 2025 by the desk')).toBeNull();
  });

  describe('what is not a date, or not yet one', () => {
    it('resolves nothing against a made-up anchor when the article has no date', () => {
      expect(valueOf('Earlier this year the army withdrew.', null)).toEqual(['unresolved']);
      expect(valueOf('Prices rose this month.', null)).toEqual(['unresolved']);
    });

    it('uses a publication date known only to the month or year as far as it goes', () => {
      expect(valueOf('On June 5 the army seized the bridge.', '2025-06')).toEqual(['2025-06-05']);
      expect(valueOf('On March 28 the army seized the bridge.', '2025')).toEqual(['2025-03-28']);
      expect(valueOf('Yesterday the bridge fell.', '2025')).toEqual(['unresolved']);
    });

    it('takes a count for a count, two years for two years, and "sat" for a verb', () => {
      expect(valueOf('Police released the 1500 protesters.')).toEqual([]);
      expect(valueOf('The storm cut power in 2000 homes.')).toEqual([]);
      expect(valueOf('Elections were held in 1990 and 2004.')).toEqual(['1990', '2004']);
      expect(valueOf('The committee sat on the report.')).toEqual([]);
    });

    it('reads a date the present tense looks ahead to as ahead', () => {
      expect(valueOf('The ceasefire expires on March 30.', '2025-03-12')).toEqual(['2025-03-30']);
    });
  });

  describe('months of a relative year, and days counted from the story', () => {
    it('reads "October last year" as one month of the year before publication', () => {
      expect(valueOf('He was arrested in October last year.')).toEqual(['2023-10']);
    });

    it('never counts "over the next three days" of a past story forward from publication', () => {
      expect(valueOf('Attacks followed over the next three days.')).toEqual(['unresolved']);
      expect(
        findDateMentions('Talks will resume next week.', 0, { published: '2024-05-08', anchorYear: null })[0],
      ).toMatchObject({ planned: true });
    });
  });
});
