import { describe, expect, it } from 'vitest';
import { datasetFixture } from '../testing/datasetFixture';
import { datasetToJson } from './datasetJson';

describe('datasetToJson', () => {
  it('writes the events last, every other key sorted, so a reader can check events as they stream', () => {
    const text = datasetToJson({ ...datasetFixture(), description: 'A harbour town.' });
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      '$schema',
      'actors',
      'description',
      'schemaVersion',
      'sources',
      'title',
      'events',
    ]);
    // Keys inside records stay sorted.
    expect(text.indexOf('"actorIds"')).toBeLessThan(text.indexOf('"date"'));
  });
});
