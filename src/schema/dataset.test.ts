import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DatasetSchema, type Dataset } from './dataset';
import { isUndated } from './undated';
import { JSON_SCHEMA_FILE, TILES_SCHEMA_FILE, datasetJsonSchema, tilesJsonSchema } from './jsonSchema';
import { stableStringify } from './stableJson';

const shipped = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as unknown;

function validDataset(): Dataset {
  return {
    schemaVersion: 1,
    title: 'Test',
    sources: [
      { id: 's1', publisher: 'Desk', title: null, url: 'https://example.org/a', published: '2025-03-30' },
    ],
    actors: [{ id: 'a1', name: 'Someone', kind: 'person', aliases: [] }],
    events: [
      {
        id: 'e1',
        title: 'Something happened',
        summary: 'It happened.',
        date: { basis: 'stated', start: '2025-03-28', approximate: false, phrase: 'on March 28' },
        actorIds: ['a1'],
        quotes: [{ text: 'We did it', speakerId: 'a1', sourceId: 's1' }],
        paraphrases: [],
        sources: [{ sourceId: 's1', excerpt: 'It happened on March 28.' }],
      },
    ],
  };
}

function issuesOf(value: unknown): string[] {
  const result = DatasetSchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('dataset schema', () => {
  it('accepts the shipped dataset', () => {
    expect(issuesOf(shipped)).toEqual([]);
  });

  it('accepts a minimal valid dataset', () => {
    expect(issuesOf(validDataset())).toEqual([]);
  });

  it('rejects an empty object', () => {
    expect(issuesOf({}).length).toBeGreaterThan(0);
  });

  it('rejects impossible dates and unknown schema versions', () => {
    const dataset = validDataset();
    dataset.events[0]!.date = { basis: 'stated', start: '2025-02-30', approximate: false, phrase: 'x' };
    expect(issuesOf(dataset)).toEqual(['events.0.date.start: is not a real calendar date']);
    expect(issuesOf({ ...validDataset(), schemaVersion: 2 })).toHaveLength(1);
  });

  it('rejects references to unknown actors and sources, and duplicate ids', () => {
    const dataset = validDataset();
    dataset.events[0]!.actorIds.push('ghost');
    dataset.events[0]!.quotes[0]!.sourceId = 'nowhere';
    dataset.actors.push({ id: 'a1', name: 'Twin', kind: 'group', aliases: [] });
    expect(issuesOf(dataset)).toEqual([
      'actors.1.id: duplicate id "a1"',
      'events.0.actorIds.1: unknown actor "ghost"',
      'events.0.quotes.0.sourceId: unknown source "nowhere"',
    ]);
  });

  it('rejects a span that ends before it starts, and keeps a bounded date with no bound as undated', () => {
    const dataset = validDataset();
    dataset.events[0]!.date = { basis: 'stated', start: '2021', end: '2001', approximate: true, phrase: 'x' };
    expect(issuesOf(dataset)).toEqual(['events.0.date.end: ends (2001) before it starts (2021)']);
    dataset.events[0]!.date = { basis: 'bounded', phrase: null, reason: 'no date in the text' };
    expect(issuesOf(dataset)).toEqual([]);
    expect(isUndated(dataset.events[0]!.date)).toBe(true);
  });

  it('accepts eras, and refuses one that ends before it starts or repeats an id, at its place', () => {
    const dataset = validDataset();
    dataset.eras = [
      { id: 'talks', title: 'The talks', start: '2019', end: '2020-02' },
      { id: 'war', title: 'The war', start: '2001-10', end: '2021-08-30' },
    ];
    expect(issuesOf(dataset)).toEqual([]);
    dataset.eras.push({ id: 'late', title: 'Backwards', start: '2022', end: '2021-12-31' });
    dataset.eras.push({ id: 'talks', title: 'Again', start: '2019', end: '2019' });
    expect(issuesOf(dataset)).toEqual([
      'eras.2.end: ends (2021-12-31) before it starts (2022)',
      'eras.3.id: duplicate id "talks"',
    ]);
  });

  it('keeps any source address as data: the app links only http(s) ones', () => {
    const dataset = validDataset();
    dataset.sources[0]!.url = 'javascript:alert(1)';
    expect(issuesOf(dataset)).toEqual([]);
  });

  it('rejects unknown fields instead of silently dropping them', () => {
    expect(issuesOf({ ...validDataset(), extra: true })).toHaveLength(1);
  });
});

describe('generated JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true, validateFormats: false });
  const validate = ajv.compile(datasetJsonSchema());

  it('is up to date in public/ (run `npm run schema` after changing the zod schema)', () => {
    expect(readFileSync(JSON_SCHEMA_FILE, 'utf8')).toBe(stableStringify(datasetJsonSchema()));
    expect(readFileSync(TILES_SCHEMA_FILE, 'utf8')).toBe(stableStringify(tilesJsonSchema()));
  });

  it('accepts the shipped dataset and rejects {}', () => {
    expect(validate(shipped), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({})).toBe(false);
  });
});
