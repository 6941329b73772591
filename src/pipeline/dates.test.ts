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

describe('parseStandaloneDate', () => {
  it('reads a line that is only a full date', () => {
    expect(parseStandaloneDate('March 30, 2025')).toBe('2025-03-30');
    expect(parseStandaloneDate('March 2025')).toBeNull();
    expect(parseStandaloneDate('Published March 30, 2025 by the desk')).toBeNull();
  });
});
