// The text search reads of each event, apart from the index: the worker keeps this once a dataset
// is loaded, and loads the index library only with the first search.
import type { Actor, Dataset, TimelineEvent } from '../../../schema/dataset';

/**
 * What search needs of a dataset, and nothing more: each event's searched text, by field. The
 * dataset's worker keeps this instead of the whole archive (no sources, excerpts or dates), so an
 * archive of 100,000 events costs the worker a fraction of its size.
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
  const builder = searchCorpusBuilder();
  builder.add(dataset.events);
  const corpus = builder.corpus(dataset.actors);
  corpora.set(dataset, corpus);
  return corpus;
}

/**
 * A corpus built as a dataset's events arrive, a batch at a time: the worker keeps each batch's
 * searched text and lets go of the events themselves. The actors' names are filled in at the end
 * (a streamed file's own fields may come after its events).
 */
export function searchCorpusBuilder(): {
  add: (events: readonly TimelineEvent[]) => void;
  corpus: (actors: readonly Actor[]) => SearchCorpus;
} {
  const documents: SearchedFields[] = [];
  let actorIds: (readonly string[])[] = [];
  return {
    add: (events) => {
      for (const event of events) {
        documents.push(searchedFields(event));
        actorIds.push(event.actorIds);
      }
    },
    corpus: (actors) => {
      const names = new Map(actors.map((actor) => [actor.id, [actor.name, ...actor.aliases].join(' ')]));
      documents.forEach((document, i) => {
        document.actors = actorIds[i]!.map((id) => names.get(id) ?? '').join(' ');
      });
      actorIds = [];
      return { documents };
    },
  };
}

/** The searched fields of an event, as the index and the phrase check both read them (actors later). */
function searchedFields(event: TimelineEvent): SearchedFields {
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    statements: [...event.quotes, ...event.paraphrases].map((s) => s.text).join(' '),
    actors: '',
  };
}
