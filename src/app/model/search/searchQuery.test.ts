import { describe, expect, it } from 'vitest';
import { parseSearchQuery, searchTokens } from './searchQuery';

describe('parseSearchQuery', () => {
  it('leaves the common words of loose words out, and says which', () => {
    expect(parseSearchQuery('Spoils of War')).toEqual({
      words: ['spoils', 'war'],
      phrases: [],
      ignored: ['of'],
      onlyStopWords: false,
    });
  });

  it('keeps every word of a quoted phrase, in straight or curly quotes', () => {
    expect(parseSearchQuery('"spoils of war" Taliban')).toEqual({
      words: ['taliban'],
      phrases: [['spoils', 'of', 'war']],
      ignored: [],
      onlyStopWords: false,
    });
    expect(parseSearchQuery('“the deal”').phrases).toEqual([['the', 'deal']]);
  });

  it('searches a query of common words only as written, rather than for nothing', () => {
    expect(parseSearchQuery('to be or')).toEqual({
      words: ['to', 'be', 'or'],
      phrases: [],
      ignored: [],
      onlyStopWords: true,
    });
  });

  it('treats an unpaired quote and repeated words as typing, not meaning', () => {
    expect(parseSearchQuery('"war war')).toMatchObject({ words: ['war'], phrases: [] });
    expect(parseSearchQuery('""   ')).toMatchObject({ words: [], phrases: [], onlyStopWords: false });
  });
});

describe('searchTokens', () => {
  it('splits at spaces and punctuation as the index does', () => {
    expect(searchTokens('Taliban: US weapons — “will not” be returned.')).toEqual([
      'taliban',
      'us',
      'weapons',
      'will',
      'not',
      'be',
      'returned',
    ]);
  });
});
