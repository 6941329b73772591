// Lookups by id: built once per dataset, and only the map that is read.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../schema/dataset';
import { datasetLookups } from './datasetLookups';

/** A dataset that counts how often each of its lists is read. */
function countedDataset() {
  const reads = { actors: 0, sources: 0, events: 0 };
  const lists = {
    actors: [{ id: 'a1', name: 'Ana', kind: 'person' }],
    sources: [{ id: 's1' }],
    events: [{ id: 'e1' }, { id: 'e2' }],
  };
  const dataset = {} as Record<string, unknown>;
  for (const key of ['actors', 'sources', 'events'] as const)
    Object.defineProperty(dataset, key, {
      get: () => {
        reads[key]++;
        return lists[key];
      },
    });
  return { dataset: dataset as unknown as Dataset, reads };
}

describe('datasetLookups', () => {
  it('builds only the map that is read, once per dataset', () => {
    const { dataset, reads } = countedDataset();
    const { actorsById } = datasetLookups(dataset);
    expect(actorsById.get('a1')?.name).toBe('Ana');
    expect(reads).toEqual({ actors: 1, sources: 0, events: 0 });
    expect(datasetLookups(dataset).actorsById).toBe(actorsById);
    expect(datasetLookups(dataset).eventsById.size).toBe(2);
    expect(datasetLookups(dataset).eventsById.get('e2')?.id).toBe('e2');
    expect(reads).toEqual({ actors: 1, sources: 0, events: 1 });
  });

  it('gives another dataset its own maps', () => {
    const first = countedDataset().dataset;
    const second = countedDataset().dataset;
    expect(datasetLookups(first).sourcesById).not.toBe(datasetLookups(second).sourcesById);
  });
});
