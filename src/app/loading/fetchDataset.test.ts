import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetFixture } from '../../testing/datasetFixture';
import { MAX_DATASET_BYTES, MAX_STREAMED_BYTES, openDatasetStream, tooLargeSummary } from './fetchDataset';
import { readDatasetInput, type InputOptions } from './readDatasetInput';

/** Reads a dataset from an address as the app does: opened, then checked as it streams. */
const fetchDataset = (url: string, limits: InputOptions = {}, onBytes = vi.fn()) =>
  readDatasetInput({ kind: 'address', url, name: url }, {}, { onBytes }, { retryDelayMs: 0, ...limits });

const failure = (summary: string) => ({ ok: false, summary, problems: [], format: null, notes: [] });

afterEach(() => vi.unstubAllGlobals());

const respond = (status: number, body = '{}') =>
  new Response(body, { status, headers: { 'content-length': String(body.length) } });

describe('a dataset from an address', () => {
  it('retries once after a failure that may pass, and reports progress', async () => {
    const text = JSON.stringify(datasetFixture());
    const fetch = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(respond(200, text));
    vi.stubGlobal('fetch', fetch);
    const progress = vi.fn();
    expect(await fetchDataset('/d.json', {}, progress)).toMatchObject({ ok: true, format: 'newsline' });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(progress).toHaveBeenLastCalledWith(text.length, text.length);
  });

  it('does not retry a 404, and says what to check', async () => {
    const fetch = vi.fn().mockResolvedValue(respond(404));
    vi.stubGlobal('fetch', fetch);
    expect(await fetchDataset('/d.json')).toEqual(
      failure('The server answered 404 for the dataset. Check the address of the dataset.'),
    );
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('gives up after the retry, saying so', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(respond(503)));
    expect(await fetchDataset('/d.json')).toEqual(
      failure('The server answered 503 for the dataset. Tried twice.'),
    );
  });
});

describe('the size limit', () => {
  it('refuses a file whose announced size is over the limit, without reading it or asking again', async () => {
    const fetch = vi.fn().mockResolvedValue(respond(200, 'x'.repeat(3 * 2 ** 20)));
    vi.stubGlobal('fetch', fetch);
    expect(await fetchDataset('/big.json', { maxStreamedBytes: 2 ** 20 })).toEqual(
      failure(
        'The dataset is 3 MB; Newsline reads datasets up to 1 MB. Split it into smaller files, or filter it before opening.',
      ),
    );
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
    const result = await fetchDataset('/endless.json', { maxBytes: 1_000, maxStreamedBytes: 2_000 });
    expect(result).toMatchObject({ ok: false, summary: expect.stringMatching(/^The dataset is over 0 MB/) });
    expect(pulled).toBeLessThan(5);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('words the size in megabytes, with both limits', () => {
    expect(tooLargeSummary(793 * 2 ** 20, true, MAX_DATASET_BYTES, MAX_STREAMED_BYTES)).toBe(
      'The dataset is 793 MB; Newsline reads datasets up to 200 MB (its own JSON, with the events last as Newsline writes it, up to 1,024 MB). Split it into smaller files, or filter it before opening.',
    );
    expect(tooLargeSummary(1300 * 2 ** 20, true, MAX_STREAMED_BYTES)).toBe(
      'The dataset is 1,300 MB; Newsline reads datasets up to 1,024 MB. Split it into smaller files, or filter it before opening.',
    );
  });
});

describe('openDatasetStream', () => {
  it('hands over the bytes as they come, with the announced size', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(respond(200, '{"events":[]}')));
    const opened = await openDatasetStream('/d.json', { retryDelayMs: 0 });
    expect(opened).toMatchObject({ ok: true, totalBytes: 13 });
    expect(opened.ok && (await new Response(opened.body).text())).toBe('{"events":[]}');
  });

  it('lets a download take longer than the timeout while its parts keep coming', async () => {
    const parts = 10;
    let sent = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        const body = new ReadableStream<Uint8Array>({
          async pull(controller) {
            await new Promise((resolve) => setTimeout(resolve, 25));
            if (sent++ === parts) controller.close();
            else controller.enqueue(new Uint8Array([0x20]));
          },
        });
        return Promise.resolve(new Response(body.pipeThrough(abortable(init.signal!)), { status: 200 }));
      }),
    );
    // 10 parts, 25 ms apart: 250 ms in all, against a timeout of 100 ms of silence.
    const opened = await openDatasetStream('/slow.json', { retryDelayMs: 0, timeoutMs: 100 });
    if (!opened.ok) throw new Error(opened.summary);
    expect(await new Response(opened.body).text()).toBe(' '.repeat(parts));
  });

  it('gives up on a server that goes silent in the middle of the file', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([123]));
        // …and nothing more, ever.
      },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        // The body stops with the request, as a browser's does.
        init.signal?.addEventListener('abort', () => body.cancel().catch(() => {}));
        return Promise.resolve(new Response(body.pipeThrough(abortable(init.signal!)), { status: 200 }));
      }),
    );
    const opened = await openDatasetStream('/slow.json', { retryDelayMs: 0, timeoutMs: 50 });
    if (!opened.ok) throw new Error(opened.summary);
    await expect(new Response(opened.body).text()).rejects.toThrow();
  });
});

/** Errors the stream when the signal aborts, as a fetch's body does. */
function abortable(signal: AbortSignal): TransformStream<Uint8Array, Uint8Array> {
  return new TransformStream({
    start(controller) {
      signal.addEventListener('abort', () => controller.error(signal.reason));
    },
  });
}

describe('a dataset from the computer', () => {
  it('streams a file in, and refuses one over the limit without reading it', async () => {
    const file = new File([JSON.stringify(datasetFixture())], 'harbour.json');
    const onDownloaded = vi.fn();
    const read = await readDatasetInput({ kind: 'file', file, name: file.name }, {}, { onDownloaded });
    expect(read).toMatchObject({ ok: true, format: 'newsline' });
    expect(onDownloaded).toHaveBeenCalledOnce();
    const stream = vi.spyOn(file, 'stream');
    expect(
      await readDatasetInput({ kind: 'file', file, name: file.name }, {}, {}, { maxStreamedBytes: 100 }),
    ).toMatchObject({ ok: false, summary: expect.stringMatching(/^The dataset is 0 MB; .* up to 0 MB\./) });
    expect(stream).not.toHaveBeenCalled();
  });
});
