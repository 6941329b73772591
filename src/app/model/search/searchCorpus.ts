// The text search reads of each event, apart from the index: handed to the dataset's worker with
// the first search (most readers never search, and a worker holding every event's text from the
// start would double it), which loads the index library then too.
import type { Dataset, TimelineEvent } from '../../../schema/dataset';

/**
 * What search needs of a dataset, and nothing more: each event's searched text, by field. The
 * dataset's worker is given this instead of the whole archive (no sources, excerpts or dates).
 */
export interface SearchCorpus {
  documents: readonly SearchedFields[];
}

export interface SearchedFields {
  id: string;
  title: string;
  summary: string;
  statements: string;
  actors: string;
}

const corpora = new WeakMap<Dataset, SearchCorpus>();

/** The searched text of every event of the dataset (built once per dataset). */
export function searchCorpus(dataset: Dataset): SearchCorpus {
  const cached = corpora.get(dataset);
  if (cached) return cached;
  const corpus = { documents: searchedDocuments(dataset, 0, dataset.events.length) };
  corpora.set(dataset, corpus);
  return corpus;
}

const actorNames = new WeakMap<Dataset, ReadonlyMap<string, string>>();

/**
 * The searched text of the events from `from` to `to` (the end is cut to the events'): the page
 * hands the worker a large dataset's text a batch at a time, each built only as it is sent.
 */
export function searchedDocuments(dataset: Dataset, from: number, to: number): SearchedFields[] {
  let names = actorNames.get(dataset);
  if (!names) {
    names = new Map(dataset.actors.map((actor) => [actor.id, [actor.name, ...actor.aliases].join(' ')]));
    actorNames.set(dataset, names);
  }
  const known = names;
  return dataset.events.slice(from, to).map((event) => ({
    ...searchedFields(event),
    actors: event.actorIds.map((id) => known.get(id) ?? '').join(' '),
  }));
}

/** The searched fields of an event, as the index and the phrase check both read them (actors apart). */
function searchedFields(event: TimelineEvent): SearchedFields {
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    statements: [...event.quotes, ...event.paraphrases].map((s) => s.text).join(' '),
    actors: '',
  };
}
