// Full-text search over events (titles, summaries, quotes, reported speech, actors' names), with
// MiniSearch; one index per dataset, built on first use.
import MiniSearch from 'minisearch';
import type { Dataset } from '../../schema/dataset';

export interface SearchResult {
  ids: ReadonlySet<string>;
  /** The words of the events that matched, for highlighting. */
  terms: string[];
}

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

export function searchEvents(dataset: Dataset, query: string): SearchResult | null {
  if (query.trim() === '') return null;
  const results = indexOf(dataset).search(query);
  return {
    ids: new Set(results.map((result) => String(result.id))),
    terms: [...new Set(results.flatMap((r) => r.terms))],
  };
}

/** Splits text into runs, marking the words that start with a matched term (case-insensitive). */
export function highlightParts(text: string, terms: readonly string[]): { text: string; match: boolean }[] {
  if (terms.length === 0) return [{ text, match: false }];
  const escaped = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const parts: { text: string; match: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at), match: false });
    parts.push({ text: match[0], match: true });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
