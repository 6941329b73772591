import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDatasetText } from './fetchDatasetText';

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
