// The dataset's records by id, built once per dataset and shared by every reader. Each map is built
// when first read: a dataset arriving in parts is a new dataset at each part, and the count beside the
// timeline needs only the actors, not the 100,000 events and 25,000 sources.
import type { Actor, Dataset, TimelineEvent } from '../../schema/dataset';
import { recordsById } from './recordsById';

const lookupCache = new WeakMap<Dataset, DatasetLookups>();

export interface DatasetLookups {
  readonly actorsById: ReadonlyMap<string, Actor>;
  readonly sourcesById: ReadonlyMap<string, Dataset['sources'][number]>;
  readonly eventsById: ReadonlyMap<string, TimelineEvent>;
}

export function datasetLookups(dataset: Dataset): DatasetLookups {
  let lookups = lookupCache.get(dataset);
  if (!lookups) lookupCache.set(dataset, (lookups = lazyLookups(dataset)));
  return lookups;
}

function lazyLookups(dataset: Dataset): DatasetLookups {
  let actors: ReadonlyMap<string, Actor> | undefined;
  let sources: ReadonlyMap<string, Dataset['sources'][number]> | undefined;
  let events: ReadonlyMap<string, TimelineEvent> | undefined;
  return {
    get actorsById() {
      return (actors ??= recordsById(dataset.actors));
    },
    get sourcesById() {
      return (sources ??= recordsById(dataset.sources));
    },
    get eventsById() {
      return (events ??= recordsById(dataset.events));
    },
  };
}
