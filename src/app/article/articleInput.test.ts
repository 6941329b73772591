// The article form's checks: what the pipeline would refuse is refused first, in plain words.
import { describe, expect, it } from 'vitest';
import { articleInputProblems, EMPTY_ARTICLE } from './articleInput';

const ferryStory = {
  ...EMPTY_ARTICLE,
  text: 'The island ferry was cancelled on Friday after the storm damaged the quay.',
};

describe('articleInputProblems', () => {
  it('accepts a text alone, and a text with a partial date and an http(s) address', () => {
    expect(articleInputProblems(ferryStory)).toEqual([]);
    for (const published of ['2024', '2024-11', '2024-11-08']) {
      expect(
        articleInputProblems({ ...ferryStory, published, url: 'https://islands.example/ferry' }),
      ).toEqual([]);
    }
  });

  it('asks for the text when there is only white space', () => {
    expect(articleInputProblems({ ...ferryStory, text: '  \n ' })).toEqual(['Paste the article’s text.']);
  });

  it('refuses a date that is not a partial date, and an address that is not http(s), together', () => {
    expect(
      articleInputProblems({ ...ferryStory, published: 'last Friday', url: 'ftp://islands.example/ferry' }),
    ).toEqual([
      'Write the publication date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2025-03-30).',
      'The address must start with http:// or https://.',
    ]);
  });

  it('reads the fields trimmed', () => {
    expect(
      articleInputProblems({ ...ferryStory, published: ' 2024-11 ', url: ' http://islands.example ' }),
    ).toEqual([]);
  });
});
