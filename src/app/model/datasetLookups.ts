// The dataset's records by id, built once per dataset and shared by every reader.
import type { Actor, Dataset, TimelineEvent } from '../../schema/dataset';

const lookupCache = new WeakMap<Dataset, DatasetLookups>();

export interface DatasetLookups {
  actorsById: ReadonlyMap<string, Actor>;
  sourcesById: ReadonlyMap<string, Dataset['sources'][number]>;
  eventsById: ReadonlyMap<string, TimelineEvent>;
}

export function datasetLookups(dataset: Dataset): DatasetLookups {
  const cached = lookupCache.get(dataset);
  if (cached) return cached;
  const lookups: DatasetLookups = {
    actorsById: new Map(dataset.actors.map((actor) => [actor.id, actor])),
    sourcesById: new Map(dataset.sources.map((source) => [source.id, source])),
    eventsById: new Map(dataset.events.map((event) => [event.id, event])),
  };
  lookupCache.set(dataset, lookups);
  return lookups;
}
