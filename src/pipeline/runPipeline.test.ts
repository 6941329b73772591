// The whole pipeline on the seed articles: it makes the shipped dataset byte for byte, every
// excerpt and quote sits at its offset in its article, and it scores 100% against the golden file.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetToJson } from '../schema/datasetJson';
import { knownActors } from './actorTable';
import { EMPTY_CURATION } from './curation';
import { parseArticle } from './parseArticle';
import {
  formatProblem,
  readActorTable,
  runPipeline,
  runPipelineOnArticles,
  type PipelineInput,
} from './runPipeline';
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
      expect(textOf.get(sourceId)?.slice(offset, offset! + text.length)).toBe(text);
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
      {
        path: 'data/articles/bad-date.md',
        message: expect.stringMatching(/^has invalid front matter \(published: /),
      },
      { path: 'data/articles/binary.md', message: 'is binary (it contains NUL bytes), not text' },
      { path: 'data/articles/empty.md', message: 'is empty' },
      { path: 'data/articles/latin1.txt', message: 'is not valid UTF-8 text' },
    ]);
    expect(result.problems.map(formatProblem)[2]).toBe('data/articles/empty.md is empty');
    expect(result.dataset?.sources).toHaveLength(2);
    expect(result.dataset?.events.length).toBeGreaterThan(5);
  });

  it('reports curation entries that match nothing instead of ignoring them', () => {
    const result = runPipeline(seedInput({ curationYaml: 'events:\n  no-such-key:\n    title: X\n' }));
    expect(result.problems).toEqual([{ message: 'curation: no extracted event has the key "no-such-key"' }]);
  });
});

describe('the typed core', () => {
  const table = readActorTable(readFileSync('data/actors.yaml', 'utf8'), []);
  const article = (path: string, text: string) => {
    const parsed = parseArticle(path, text);
    if (!parsed.ok) throw new Error(parsed.problem);
    return parsed.article;
  };
  const ferry =
    '---\nid: ferry\npublished: 2024-06-01\n---\nThe ferry company said on May 30 that it would add a night crossing.\n';

  it('is what runPipeline runs once the files are read', () => {
    const fromFiles = runPipeline({
      files: [{ path: 'a/ferry.md', bytes: new TextEncoder().encode(ferry) }],
      actorTableYaml: readFileSync('data/actors.yaml', 'utf8'),
      curationYaml: null,
    });
    const fromArticles = runPipelineOnArticles({
      articles: [article('a/ferry.md', ferry)],
      knownActors: knownActors(table),
      curation: EMPTY_CURATION,
    });
    expect(fromArticles.dataset).toEqual(fromFiles.dataset);
    expect(fromArticles.problems).toEqual([]);
  });

  it('names the article whose source id another one already has, as a path and a message', () => {
    const result = runPipelineOnArticles({
      articles: [article('b/ferry.md', ferry), article('a/ferry.md', ferry)],
      knownActors: knownActors(table),
      curation: EMPTY_CURATION,
    });
    expect(result.problems).toEqual([
      { path: 'b/ferry.md', message: 'has the source id "ferry" of another article' },
    ]);
    expect(result.problems.map(formatProblem)).toEqual([
      'b/ferry.md has the source id "ferry" of another article',
    ]);
    expect(result.dataset?.sources.map((source) => source.id)).toEqual(['ferry']);
  });
});
