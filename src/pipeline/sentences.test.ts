import { describe, expect, it } from 'vitest';
import { parseArticle } from './parseArticle';
import { cleanParagraphs, sentenceRanges, splitSentences } from './sentences';

function sentencesOf(text: string) {
  const parsed = parseArticle('a.md', text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return splitSentences(cleanParagraphs(parsed.article));
}

describe('clean sentences', () => {
  const text = [
    '---',
    'publisher: Desk',
    'title: null',
    'url: null',
    'published: 2025-03-30',
    '---',
    'The demand came from former U.S. President Donald Trump. The group refused.',
    'A Section Heading',
    '“We will not return it,” a spokesman said. He left.',
    'Read More : Something else entirely',
    'Desk',
  ].join('\n');

  it('drops headings, teasers and metadata lines, and does not split at "U.S."', () => {
    expect(sentencesOf(text).map((s) => s.text)).toEqual([
      'The demand came from former U.S. President Donald Trump.',
      'The group refused.',
      '“We will not return it,” a spokesman said.',
      'He left.',
    ]);
  });

  it('rejoins what the sentence breaker splits after abbreviations and initials', () => {
    expect(
      sentenceRanges('Mr. Smith met Dr. J. R. Jones in the U.K. on Jan. 5. He left the U.S. The talks ended.')
        .length,
    ).toBe(3);
  });

  it('keeps every sentence at its offset in the original file', () => {
    for (const sentence of sentencesOf(text)) {
      expect(text.slice(sentence.start, sentence.start + sentence.text.length)).toBe(sentence.text);
    }
  });
});
