// The whole pipeline on the seed articles: it makes the shipped dataset byte for byte, every
// excerpt and quote sits at its offset in its article, and it scores 100% against the golden file.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetToJson } from '../schema/datasetJson';
import { runPipeline, type PipelineInput } from './runPipeline';
import { GoldenSchema, extractedFacts, scoreAgainst } from './score';

const seedFiles = () =>
  readdirSync('data/articles')
    .sort()
    .map((name) => ({ path: `data/articles/${name}`, bytes: readFileSync(`data/articles/${name}`) }));
const seedInput = (overrides: Partial<PipelineInput> = {}): PipelineInput => ({
  files: seedFiles(),
  actorTableYaml: readFileSync('data/actors.yaml', 'utf8'),
  curationYaml: readFileSync('data/curation.yaml', 'utf8'),
  ...overrides,
});

describe('the pipeline on the seed articles', () => {
  const result = runPipeline(seedInput());

  it('regenerates the shipped dataset byte for byte, with no problems and an empty review', () => {
    expect(result.problems).toEqual([]);
    expect(result.review).toEqual([]);
    expect(result.dataset).not.toBeNull();
    expect(datasetToJson(result.dataset!)).toBe(readFileSync('public/data/events.json', 'utf8'));
  });

  it('is deterministic: a second run gives the same bytes', () => {
    expect(datasetToJson(runPipeline(seedInput()).dataset!)).toBe(datasetToJson(result.dataset!));
  });

  it('puts every excerpt, quote and paraphrase at its offset in its article', () => {
    const textOf = new Map(result.corpus.map(({ article }) => [article.meta.id, article.text]));
    const passages = result.dataset!.events.flatMap((event) => [
      ...event.sources.map((ref) => ({ sourceId: ref.sourceId, text: ref.excerpt, offset: ref.offset })),
      ...event.quotes,
      ...event.paraphrases,
    ]);
    expect(passages.length).toBeGreaterThan(25);
    for (const { sourceId, text, offset } of passages) {
      expect(offset, text).toBeTypeOf('number');
      expect(textOf.get(sourceId)?.slice(offset!, offset! + text.length)).toBe(text);
    }
  });

  it('finds every date, actor and quote of the golden file, and nothing else (before curation)', () => {
    const golden = GoldenSchema.parse(JSON.parse(readFileSync('data/golden/seeds.json', 'utf8')));
    const raw = runPipeline(seedInput({ curationYaml: null }));
    for (const score of scoreAgainst(golden, extractedFacts(raw.corpus))) {
      expect({ kind: score.kind, missed: score.missed, extra: score.extra }).toEqual({
        kind: score.kind,
        missed: [],
        extra: [],
      });
      expect(score.precision).toBe(1);
      expect(score.recall).toBe(1);
    }
  });

  it('keeps the review items that curation has not marked as reviewed', () => {
    const raw = runPipeline(seedInput({ curationYaml: null }));
    expect(raw.review.map((item) => item.id)).toContain('actor-seen-once:joe-biden');
    expect(
      raw.review.some((item) =>
        item.id.startsWith('unresolved-date:unattributed-taliban-rejects-trump-demand'),
      ),
    ).toBe(true);
  });
});

describe('bad input', () => {
  it('names each bad file and its problem, and still processes the others', () => {
    const bad = [
      { path: 'data/articles/binary.md', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) },
      { path: 'data/articles/latin1.txt', bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x21]) },
      { path: 'data/articles/empty.md', bytes: new Uint8Array() },
      {
        path: 'data/articles/bad-date.md',
        bytes: new TextEncoder().encode(
          '---\npublisher: X\ntitle: null\nurl: null\npublished: 2025-13-01\n---\nText.',
        ),
      },
    ];
    const result = runPipeline(seedInput({ files: [...seedFiles(), ...bad], curationYaml: null }));
    expect(result.problems).toEqual([
      expect.stringMatching(/^data\/articles\/bad-date\.md has invalid front matter \(published: /),
      'data/articles/binary.md is binary (it contains NUL bytes), not text',
      'data/articles/empty.md is empty',
      'data/articles/latin1.txt is not valid UTF-8 text',
    ]);
    expect(result.dataset?.sources).toHaveLength(2);
    expect(result.dataset?.events.length).toBeGreaterThan(5);
  });

  it('reports curation entries that match nothing instead of ignoring them', () => {
    const result = runPipeline(seedInput({ curationYaml: 'events:\n  no-such-key:\n    title: X\n' }));
    expect(result.problems).toEqual(['curation: no extracted event has the key "no-such-key"']);
  });
});
