import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDatasetText, tooLargeSummary } from './fetchDatasetText';

afterEach(() => vi.unstubAllGlobals());

const respond = (status: number, body = '{}') =>
  new Response(body, { status, headers: { 'content-length': String(body.length) } });

describe('fetchDatasetText', () => {
  it('retries once after a failure that may pass, and reports progress', async () => {
    const fetch = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(respond(200, '{"a":1}'));
    vi.stubGlobal('fetch', fetch);
    const progress = vi.fn();
    expect(await fetchDatasetText('/d.json', { retryDelayMs: 0, onProgress: progress })).toEqual({
      ok: true,
      text: '{"a":1}',
    });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(progress).toHaveBeenLastCalledWith(7, 7);
  });

  it('does not retry a 404, and says what to check', async () => {
    const fetch = vi.fn().mockResolvedValue(respond(404));
    vi.stubGlobal('fetch', fetch);
    expect(await fetchDatasetText('/d.json', { retryDelayMs: 0 })).toEqual({
      ok: false,
      summary: 'The server answered 404 for the dataset. Check the address of the dataset.',
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('gives up after the retry, saying so', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(respond(503)));
    expect(await fetchDatasetText('/d.json', { retryDelayMs: 0 })).toEqual({
      ok: false,
      summary: 'The server answered 503 for the dataset. Tried twice.',
    });
  });
});

describe('the size limit', () => {
  it('refuses a file whose announced size is over the limit, without reading it or asking again', async () => {
    const fetch = vi.fn().mockResolvedValue(respond(200, 'x'.repeat(3 * 2 ** 20)));
    vi.stubGlobal('fetch', fetch);
    expect(await fetchDatasetText('/big.json', { retryDelayMs: 0, maxBytes: 2 ** 20 })).toEqual({
      ok: false,
      summary:
        'The dataset is 3 MB; Newsline reads datasets up to 1 MB. Split it into smaller files, or filter it before opening.',
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('stops reading an unannounced body once it passes the limit, and says it was over it', async () => {
    const chunk = new Uint8Array(600).fill(32);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
      },
    });
    const fetch = vi.fn().mockResolvedValue(new Response(body, { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const result = await fetchDatasetText('/endless.json', { retryDelayMs: 0, maxBytes: 1_000 });
    expect(result).toMatchObject({ ok: false, summary: expect.stringMatching(/^The dataset is over 0 MB/) });
    expect(pulled).toBeLessThan(5);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('words the size in megabytes', () => {
    expect(tooLargeSummary(793 * 2 ** 20, true)).toBe(
      'The dataset is 793 MB; Newsline reads datasets up to 200 MB. Split it into smaller files, or filter it before opening.',
    );
  });
});
