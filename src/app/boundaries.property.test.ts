// Property-based tests of the app's boundaries: whatever arrives from outside (dataset text, URL
// parameters, postMessage data), the boundary returns a result and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetFixture } from '../testing/datasetFixture';
import { parseDataset } from './loading/parseDataset';
import { judgeHostMessage } from './embed/hostMessages';
import { decodeLaunch, decodeView } from './model/url/linkCodec';

const HOST = 'https://news.example.org';

/** A valid dataset with one field of one record replaced by random JSON, and which record it was. */
const mutatedDataset = fc
  .tuple(fc.jsonValue(), fc.nat(), fc.constantFrom('sources', 'actors', 'events'), fc.string())
  .map(([junk, index, list, key]) => {
    const dataset = structuredClone(datasetFixture()) as unknown as Record<string, Record<string, unknown>[]>;
    const records = dataset[list]!;
    const record = records[index % records.length]!;
    const touched = { list, id: record.id as string };
    const keys = Object.keys(record);
    record[keys.length > 0 && index % 3 !== 0 ? keys[index % keys.length]! : key] = junk;
    return { text: JSON.stringify(dataset), touched };
  });

describe('boundaries never throw', () => {
  it('parseDataset: random text, random JSON and mutated datasets', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          mutatedDataset.map((m) => m.text),
        ),
        (text) => {
          const result = parseDataset(text);
          if (result.ok) expect(result.dataset.events.length).toBeGreaterThan(0);
          else expect(result.summary.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('parseDataset keeps every event that the mutation did not touch', () => {
    const original = datasetFixture();
    fc.assert(
      fc.property(mutatedDataset, ({ text, touched }) => {
        const untouched = original.events.filter((event) =>
          touched.list === 'events'
            ? event.id !== touched.id
            : ![...event.actorIds, ...event.sources.map((ref) => ref.sourceId)].includes(touched.id),
        );
        const result = parseDataset(text);
        if (!result.ok) {
          expect(untouched).toEqual([]);
          return;
        }
        const kept = new Set(result.dataset.events.map((event) => event.id));
        // A mutated event id may now duplicate one of these; the first of the two is kept.
        const lost = untouched.filter((event) => !kept.has(event.id));
        expect(lost.length).toBeLessThanOrEqual(touched.list === 'events' ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });

  it('decodeView and decodeLaunch: random query strings', () => {
    const query = fc.array(
      fc.tuple(
        fc.constantFrom('event', 'actors', 'embed', 'data', 'start', 'end', 'theme', 'parentOrigin', 'x'),
        fc.string(),
      ),
    );
    fc.assert(
      fc.property(query, fc.string(), (pairs, raw) => {
        const search = `?${new URLSearchParams(pairs).toString()}&${raw}`;
        const state = decodeView(search);
        for (const id of state.actorIds) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        const { options } = decodeLaunch(search, 'https://newsline.example/');
        if (options.dataUrl) expect(options.dataUrl).toMatch(/^https?:\/\//);
        if (options.window) expect(options.window.start).toBeLessThan(options.window.end);
      }),
      { numRuns: 500 },
    );
  });

  it('judgeHostMessage: random data from random origins is never accepted unless well-formed and allowed', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constant(HOST),
          fc.webUrl().map((url) => new URL(url).origin),
        ),
        fc.anything(),
        (origin, data) => {
          const verdict = judgeHostMessage(origin, data, HOST);
          if (verdict.accept) {
            expect(origin).toBe(HOST);
            expect(verdict.message.namespace).toBe('newsline');
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
