// Full-text search over events (titles, summaries, quotes, reported speech, actors' names), with
// MiniSearch: one index per dataset, built on first use. At 100,000 events building it takes
// seconds, so the app runs it in the dataset's worker (data/datasetWorker.ts), not on the page.
import MiniSearch from 'minisearch';
import type { Dataset } from '../../schema/dataset';

export interface SearchResult {
  ids: ReadonlySet<string>;
  /** The words of the events that matched, for highlighting. */
  terms: string[];
}

/** Finds the events matching a query (null for an empty query), wherever the index lives. */
export type Searcher = (query: string) => Promise<SearchResult | null>;

const indexes = new WeakMap<Dataset, MiniSearch>();

function indexOf(dataset: Dataset): MiniSearch {
  const cached = indexes.get(dataset);
  if (cached) return cached;
  const actors = new Map(dataset.actors.map((actor) => [actor.id, [actor.name, ...actor.aliases].join(' ')]));
  const index = new MiniSearch({
    fields: ['title', 'summary', 'statements', 'actors'],
    searchOptions: {
      boost: { title: 3, actors: 2 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  index.addAll(
    dataset.events.map((event) => ({
      id: event.id,
      title: event.title,
      summary: event.summary,
      statements: [...event.quotes, ...event.paraphrases].map((s) => s.text).join(' '),
      actors: event.actorIds.map((id) => actors.get(id) ?? '').join(' '),
    })),
  );
  indexes.set(dataset, index);
  return index;
}

/** The events matching every word of the query, or null for an empty query (no search). */
export function searchEvents(dataset: Dataset, query: string): SearchResult | null {
  if (query.trim() === '') return null;
  const results = indexOf(dataset).search(query);
  return {
    ids: new Set(results.map((result) => String(result.id))),
    terms: [...new Set(results.flatMap((r) => r.terms))],
  };
}
