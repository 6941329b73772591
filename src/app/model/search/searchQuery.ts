// Reads what a reader typed into the search box: quoted phrases, which must appear as written
// (common words included), and loose words, of which the common ones are left out. Plain code, no
// index: the search box uses it too, to say which words it left out.
import { isStopWord } from './stopWords';

export interface SearchQuery {
  /** Loose words that narrow the search, lower case, in the order typed, without repeats. */
  words: string[];
  /** Each quoted phrase as its words, lower case; every one must appear in this order. */
  phrases: string[][];
  /** Loose common words left out of the search ("of", "the"). */
  ignored: string[];
  /** Nothing but common words was typed: they are searched as written instead of left out. */
  onlyStopWords: boolean;
}

/** Longer search text is cut: no reader types more, and a link's `q` must stay short. */
export const MAX_QUERY_LENGTH = 200;

// The tokenizer of MiniSearch (SPACE_OR_PUNCTUATION): the query must split as the index did.
const SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;
// Straight and curly double quotes; an unpaired one is only punctuation.
const PHRASE = /["“”„]([^"“”„]*)["“”„]/g;

/** The words of a text as the index holds them: split at spaces and punctuation, lower case. */
export function searchTokens(text: string): string[] {
  return text
    .split(SEPARATOR)
    .filter((token) => token !== '')
    .map((token) => token.toLowerCase());
}

export function parseSearchQuery(query: string): SearchQuery {
  const phrases: string[][] = [];
  const loose = query.replace(PHRASE, (_, phrase: string) => {
    const words = searchTokens(phrase);
    if (words.length > 0) phrases.push(words);
    return ' ';
  });
  const tokens = [...new Set(searchTokens(loose))];
  const words = tokens.filter((token) => !isStopWord(token));
  const ignored = tokens.filter(isStopWord);
  // Only common words and nothing quoted: the reader means them, so they are searched as typed.
  if (words.length === 0 && phrases.length === 0)
    return { words: ignored, phrases, ignored: [], onlyStopWords: ignored.length > 0 };
  return { words, phrases, ignored, onlyStopWords: false };
}
