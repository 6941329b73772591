// Full-text search over events (titles, summaries, quotes, reported speech, actors' names), with
// MiniSearch: one index per dataset, built on first use. At 100,000 events building it takes
// seconds, so the app runs it in the dataset's worker (loading/datasetWorker.ts), not on the page.
import MiniSearch, { type Query } from 'minisearch';
import type { Dataset, TimelineEvent } from '../../../schema/dataset';
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

const indexes = new WeakMap<Dataset, MiniSearch>();
const actorWords = new WeakMap<Dataset, ReadonlyMap<string, string>>();

/** Each actor's name and aliases, as one text to search. */
function actorsOf(dataset: Dataset): ReadonlyMap<string, string> {
  const cached = actorWords.get(dataset);
  if (cached) return cached;
  const actors = new Map(dataset.actors.map((actor) => [actor.id, [actor.name, ...actor.aliases].join(' ')]));
  actorWords.set(dataset, actors);
  return actors;
}

/** The searched fields of an event, as the index and the phrase check both read them. */
function searchedFields(event: TimelineEvent, actors: ReadonlyMap<string, string>) {
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    statements: [...event.quotes, ...event.paraphrases].map((s) => s.text).join(' '),
    actors: event.actorIds.map((id) => actors.get(id) ?? '').join(' '),
  };
}

function indexOf(dataset: Dataset): MiniSearch {
  const cached = indexes.get(dataset);
  if (cached) return cached;
  const actors = actorsOf(dataset);
  const index = new MiniSearch({
    fields: ['title', 'summary', 'statements', 'actors'],
    searchOptions: {
      boost: { title: 3, actors: 2 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  // Common words are indexed too: a quoted phrase or a query of nothing else searches for them.
  index.addAll(dataset.events.map((event) => searchedFields(event, actors)));
  indexes.set(dataset, index);
  return index;
}

/**
 * The events matching every word of the query but the common ones ("of", "the"), and every quoted
 * phrase as written; null for an empty query (no search). A query of common words only looks for
 * them as typed, whole words.
 */
export function searchEvents(dataset: Dataset, query: string): SearchResult | null {
  if (query.trim() === '') return null;
  const { words, phrases, onlyStopWords } = parseSearchQuery(query);
  if (words.length === 0 && phrases.length === 0) return { ids: new Set(), terms: [] };
  const exact = { prefix: false, fuzzy: false } as const;
  const parts: Query[] = [
    ...(onlyStopWords ? [{ queries: words, ...exact }] : words),
    ...phrases.map((phrase) => ({ queries: phrase, ...exact })),
  ];
  let results = indexOf(dataset).search({ combineWith: 'AND', queries: parts });
  if (phrases.length > 0) {
    const { eventsById } = lookupOf(dataset);
    const actors = actorsOf(dataset);
    results = results.filter((result) => {
      const event = eventsById.get(String(result.id));
      return event !== undefined && containsPhrases(event, actors, phrases);
    });
  }
  return {
    ids: new Set(results.map((result) => String(result.id))),
    terms: [...new Set(results.flatMap((r) => r.terms))],
  };
}

/** Whether one field of the event holds each phrase's words in a row (the index only knows words). */
function containsPhrases(
  event: TimelineEvent,
  actors: ReadonlyMap<string, string>,
  phrases: readonly string[][],
): boolean {
  const { title, summary, statements, actors: names } = searchedFields(event, actors);
  const texts = [title, summary, statements, names].map((text) => ` ${searchTokens(text).join(' ')} `);
  return phrases.every((phrase) => {
    const wanted = ` ${phrase.join(' ')} `;
    return texts.some((text) => text.includes(wanted));
  });
}

const lookups = new WeakMap<Dataset, { eventsById: ReadonlyMap<string, TimelineEvent> }>();
function lookupOf(dataset: Dataset) {
  const cached = lookups.get(dataset);
  if (cached) return cached;
  const made = { eventsById: new Map(dataset.events.map((event) => [event.id, event])) };
  lookups.set(dataset, made);
  return made;
}
