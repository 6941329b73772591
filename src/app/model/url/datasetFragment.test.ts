import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetToJson } from '../../../schema/datasetJson';
import { datasetFixture } from '../../../testing/datasetFixture';
import {
  datasetFragmentOf,
  decodeDatasetFragment,
  encodeDatasetFragment,
  MAX_FRAGMENT_CHARS,
} from './datasetFragment';

async function roundTrip(json: string) {
  const encoded = await encodeDatasetFragment(json);
  if (!encoded.ok) throw new Error('over the limit');
  const payload = datasetFragmentOf(encoded.fragment);
  if (payload === null) throw new Error('no payload');
  return decodeDatasetFragment(payload);
}

describe('dataset in the URL fragment', () => {
  it('carries a dataset and gives back the same text', async () => {
    const json = datasetToJson(datasetFixture());
    expect(await roundTrip(json)).toEqual({ ok: true, json });
  });

  it('gives back any text, in any script', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (text) => {
        expect(await roundTrip(text)).toEqual({ ok: true, json: text });
      }),
      { numRuns: 100 },
    );
  });

  it('says how long the link would be when the timeline is too large for one', async () => {
    const random = Array.from({ length: 60_000 }, (_, i) => ((i * 2654435761) >>> 0).toString(36)).join('');
    const encoded = await encodeDatasetFragment(random);
    expect(encoded.ok).toBe(false);
    expect(!encoded.ok && encoded.chars).toBeGreaterThan(MAX_FRAGMENT_CHARS);
  });

  it('refuses a damaged, cut, foreign or oversized payload with a reason', async () => {
    const encoded = await encodeDatasetFragment(datasetToJson(datasetFixture()));
    const payload = encoded.ok ? (datasetFragmentOf(encoded.fragment) ?? '') : '';
    expect(await decodeDatasetFragment(payload.slice(0, payload.length / 2))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/damaged/),
    });
    expect(await decodeDatasetFragment('1.<script>')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/damaged/),
    });
    expect(await decodeDatasetFragment('9.abc')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/format/),
    });
    expect(await decodeDatasetFragment(`1.${'A'.repeat(MAX_FRAGMENT_CHARS)}`)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/at most 60,000/),
    });
  });

  it('refuses a payload that inflates past the limit (a deflate bomb)', async () => {
    const encoded = await encodeDatasetFragment('a'.repeat(25 * 1024 * 1024));
    const payload = encoded.ok ? (datasetFragmentOf(encoded.fragment) ?? '') : '';
    expect(payload.length).toBeGreaterThan(0);
    expect(await decodeDatasetFragment(payload)).toEqual({
      ok: false,
      problem: 'the timeline in this link is too large once unpacked',
    });
  });

  it('finds the dataset among other fragment parameters, and nothing in an ordinary hash', () => {
    expect(datasetFragmentOf('#dataset=1.abc')).toBe('1.abc');
    expect(datasetFragmentOf('#x=1&dataset=1.abc')).toBe('1.abc');
    expect(datasetFragmentOf('#section-2')).toBeNull();
    expect(datasetFragmentOf('')).toBeNull();
  });
});
