// Full-text search over events (titles, summaries, quotes, reported speech, actors' names), with
// MiniSearch: one index per search corpus (the dataset's searched text), built on first use. At 100,000 events building it takes
// seconds, so the app runs it in the dataset's worker (loading/datasetWorker.ts), not on the page.
import MiniSearch, { type Query } from 'minisearch';
import type { SearchCorpus, SearchedFields } from './searchCorpus';
import { parseSearchQuery, searchTokens } from './searchQuery';

export interface SearchResult {
  ids: ReadonlySet<string>;
  /** The words of the events that matched, for highlighting. */
  terms: string[];
}

/** What a search found, and for which words: a search runs off the page and answers later. */
export interface SearchMatches extends SearchResult {
  query: string;
}

/** Finds the events matching a query (null for an empty query), wherever the index lives. */
export type Searcher = (query: string) => Promise<SearchResult | null>;

const indexes = new WeakMap<SearchCorpus, MiniSearch<SearchedFields>>();

function indexOf(corpus: SearchCorpus): MiniSearch<SearchedFields> {
  const cached = indexes.get(corpus);
  if (cached) return cached;
  const index = new MiniSearch<SearchedFields>({
    fields: ['title', 'summary', 'statements', 'actors'],
    searchOptions: {
      boost: { title: 3, actors: 2 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  // Common words are indexed too: a quoted phrase or a query of nothing else searches for them.
  index.addAll(corpus.documents);
  indexes.set(corpus, index);
  return index;
}

/**
 * The events matching every word of the query but the common ones ("of", "the"), and every quoted
 * phrase as written; null for an empty query (no search). A query of common words only looks for
 * them as typed, whole words.
 */
export function searchEvents(corpus: SearchCorpus, query: string): SearchResult | null {
  if (query.trim() === '') return null;
  const { words, phrases, onlyStopWords } = parseSearchQuery(query);
  if (words.length === 0 && phrases.length === 0) return { ids: new Set(), terms: [] };
  const exact = { prefix: false, fuzzy: false } as const;
  const parts: Query[] = [
    ...(onlyStopWords ? [{ queries: words, ...exact }] : words),
    ...phrases.map((phrase) => ({ queries: phrase, ...exact })),
  ];
  let results = indexOf(corpus).search({ combineWith: 'AND', queries: parts });
  if (phrases.length > 0) {
    const documentsById = documentsOf(corpus);
    results = results.filter((result) => {
      const document = documentsById.get(String(result.id));
      return document !== undefined && containsPhrases(document, phrases);
    });
  }
  return {
    ids: new Set(results.map((result) => String(result.id))),
    terms: [...new Set(results.flatMap((r) => r.terms))],
  };
}

/** Whether one field of the event holds each phrase's words in a row (the index only knows words). */
function containsPhrases(document: SearchedFields, phrases: readonly string[][]): boolean {
  const { title, summary, statements, actors } = document;
  const texts = [title, summary, statements, actors].map((text) => ` ${searchTokens(text).join(' ')} `);
  return phrases.every((phrase) => {
    const wanted = ` ${phrase.join(' ')} `;
    return texts.some((text) => text.includes(wanted));
  });
}

const byId = new WeakMap<SearchCorpus, ReadonlyMap<string, SearchedFields>>();
function documentsOf(corpus: SearchCorpus): ReadonlyMap<string, SearchedFields> {
  const cached = byId.get(corpus);
  if (cached) return cached;
  const made = new Map(corpus.documents.map((document) => [document.id, document]));
  byId.set(corpus, made);
  return made;
}
