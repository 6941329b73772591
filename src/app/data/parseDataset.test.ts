import { describe, expect, it } from 'vitest';
import { datasetFixture } from '../../testing/datasetFixture';
import { describePath, parseDataset } from './parseDataset';

describe('parseDataset', () => {
  it('returns the dataset when it is valid', () => {
    const result = parseDataset(JSON.stringify(datasetFixture()));
    expect(result.ok && result.dataset.events).toHaveLength(4);
  });

  it('says when the file is not JSON', () => {
    const result = parseDataset('{ not json');
    expect(result).toMatchObject({ ok: false, summary: 'The file is not valid JSON.' });
  });

  it('says when the JSON is not a dataset, or of another schema version', () => {
    expect(parseDataset('[1, 2]')).toMatchObject({
      ok: false,
      summary: expect.stringContaining('not a Newsline dataset'),
    });
    expect(parseDataset('{"schemaVersion": 9}')).toMatchObject({
      ok: false,
      summary: expect.stringContaining('schemaVersion 9'),
    });
  });

  it('names the JSON path and the event id of each problem', () => {
    const dataset = datasetFixture() as unknown as { events: Record<string, unknown>[] };
    dataset.events[2]!.title = 42;
    delete dataset.events[3]!.summary;
    const result = parseDataset(JSON.stringify(dataset));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.summary).toBe('The file is not a valid Newsline dataset (2 problems).');
    expect(result.problems).toEqual([
      { path: 'events[2] (id "middle").title', message: expect.stringContaining('expected string') },
      { path: 'events[3] (id "bound").summary', message: 'missing (expected string)' },
    ]);
  });

  it('describes paths into records without ids', () => {
    expect(
      describePath(['events', 0, 'sources', 1, 'excerpt'], { events: [{ id: 'e', sources: [{}, {}] }] }),
    ).toBe('events[0] (id "e").sources[1].excerpt');
  });
});
