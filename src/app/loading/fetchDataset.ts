// Fetches a dataset file as a stream of bytes (checked as they arrive, src/app/loading/
// readDatasetStream.ts), failing with a message that says what to do instead of hanging or throwing.
// A file whose announced size is over the limit is refused without reading it, and never fetched
// again; the bytes read count against the limit too, as they arrive.
import { t } from '../model/i18n/intl';

export type OpenResult =
  { ok: true; body: ReadableStream<Uint8Array>; totalBytes: number | null } | { ok: false; summary: string };

export interface FetchOptions {
  /** How long the server may stay silent: before it answers, or between two parts of the file. */
  timeoutMs?: number;
  /** Wait before the one retry of a failure that may pass (network, 5xx, 408, 429). */
  retryDelayMs?: number;
  /** Larger files are refused. */
  maxBytes?: number;
}

/**
 * The largest dataset read whole, as one text: TimelineJS, CSV, and Newsline JSON whose events do
 * not come last. Twice a 100,000-event archive.
 */
export const MAX_DATASET_BYTES = 200 * 1024 * 1024;
/**
 * The largest Newsline JSON with its events last (as Newsline writes it), which is checked as it
 * streams in and never held as one text: a million-event archive is 800 MB.
 */
export const MAX_STREAMED_BYTES = 1024 * 1024 * 1024;

/**
 * What the reader is told of a file over the limit, from an address or the computer. `streamedLimit`:
 * the larger limit of Newsline JSON with its events last, when the file was held to the smaller one.
 */
export function tooLargeSummary(
  bytes: number,
  exact: boolean,
  limit: number,
  streamedLimit?: number,
): string {
  const larger = streamedLimit !== undefined && streamedLimit > limit;
  return t('article.tooLarge', {
    exact: exact ? 'yes' : 'no',
    size: formatMegabytes(bytes),
    limit: formatMegabytes(limit),
    streamedLimit: larger ? formatMegabytes(streamedLimit) : 'none',
  });
}

export function formatMegabytes(bytes: number): string {
  return t('article.megabytes', { size: Math.round(bytes / 2 ** 20) });
}

/** What the reader is told when the bytes stop coming. */
export function interruptedSummary(): string {
  return t('article.interrupted');
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRY_DELAY_MS = 1_000;
const TRANSIENT_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/** The file's bytes as they arrive; a failure before the first byte that may pass is tried again once. */
export async function openDatasetStream(url: string, options: FetchOptions = {}): Promise<OpenResult> {
  const first = await openOnce(url, options);
  if (first.ok || !first.transient) return first.ok ? first : { ok: false, summary: first.summary };
  await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS));
  const second = await openOnce(url, options);
  return second.ok ? second : { ok: false, summary: t('article.triedTwice', { summary: second.summary }) };
}

type Opened = Extract<OpenResult, { ok: true }> | { ok: false; summary: string; transient: boolean };

async function openOnce(url: string, options: FetchOptions): Promise<Opened> {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = MAX_STREAMED_BYTES } = options;
  const silence = new SilenceTimer(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal: silence.signal, credentials: 'same-origin' });
  } catch (error) {
    silence.stop();
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      return {
        ok: false,
        transient: true,
        summary: t('article.timedOut', { seconds: timeoutMs / 1000 }),
      };
    }
    return {
      ok: false,
      transient: true,
      summary: t('article.unreachable'),
    };
  }
  if (!response.ok) {
    silence.stop();
    // The status as the server gave it ("404 Not Found"): its own words, not ours.
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return {
      ok: false,
      transient: TRANSIENT_STATUS.has(response.status),
      summary: t(response.status === 404 ? 'article.serverNotFound' : 'article.serverAnswered', { status }),
    };
  }
  silence.restart(); // the server answered: from now on, the wait is between parts of the file
  const header = Number(response.headers.get('content-length'));
  const totalBytes = Number.isFinite(header) && header > 0 ? header : null;
  if (totalBytes !== null && totalBytes > maxBytes) {
    silence.stop();
    await response.body?.cancel();
    return { ok: false, transient: false, summary: tooLargeSummary(totalBytes, true, maxBytes) };
  }
  const body = response.body ?? new Response(await response.arrayBuffer()).body!;
  return { ok: true, body: body.pipeThrough(silence.watch()), totalBytes };
}

/**
 * Aborts a download when the server stays silent for `ms`: before it answers, or between two parts
 * of the file. A large file on a slow line may take minutes, as long as it keeps coming.
 */
class SilenceTimer {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout>;
  readonly signal = this.controller.signal;

  constructor(private readonly ms: number) {
    this.timer = this.start();
  }

  private start() {
    return setTimeout(
      () => this.controller.abort(new DOMException('The server stayed silent', 'TimeoutError')),
      this.ms,
    );
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  restart(): void {
    clearTimeout(this.timer);
    this.timer = this.start();
  }

  /**
   * Passes the bytes on, restarting the timer with each part; stops it at the end, or when the
   * reader stops reading. (A part is passed on when the reader asks for it: the reader checks each
   * in far less than the timeout.)
   */
  watch(): TransformStream<Uint8Array, Uint8Array> {
    // `cancel` (the reader gave up) is newer than TypeScript's DOM types; a browser without it
    // lets the timer abort a download that has already stopped, which does nothing.
    const transformer: Transformer<Uint8Array, Uint8Array> & { cancel: () => void } = {
      transform: (chunk, output) => {
        this.restart();
        output.enqueue(chunk);
      },
      flush: () => this.stop(),
      cancel: () => this.stop(),
    };
    return new TransformStream(transformer);
  }
}

/** The bytes stopped coming: the network failed, the server went silent, the file went away. */
export class ReadFailed extends Error {
  constructor(readonly reason: unknown) {
    super('the bytes stopped coming');
  }
}

/**
 * Reads a stream of bytes to its end, chunk by chunk; progress at each 1% (or 512 KB), not each
 * of the thousands of chunks. A chunk handler that throws stops the stream (cancelled) and the
 * read with its error; a stream that fails throws ReadFailed.
 */
export async function readBytes(
  body: ReadableStream<Uint8Array>,
  totalBytes: number | null,
  handlers: {
    onChunk: (chunk: Uint8Array, loadedBytes: number) => void;
    onProgress?: (loadedBytes: number, totalBytes: number | null) => void;
  },
): Promise<number> {
  const reader = body.getReader();
  const step = totalBytes ? Math.max(totalBytes / 100, 64 * 1024) : 512 * 1024;
  let loaded = 0;
  let reported = 0;
  for (;;) {
    let read: ReadableStreamReadResult<Uint8Array>;
    try {
      read = await reader.read();
    } catch (error) {
      throw new ReadFailed(error);
    }
    if (read.done) break;
    loaded += read.value.byteLength;
    try {
      handlers.onChunk(read.value, loaded);
    } catch (error) {
      await reader.cancel().catch(() => {});
      throw error;
    }
    if (handlers.onProgress && loaded - reported >= step)
      handlers.onProgress((reported = loaded), totalBytes);
  }
  if (handlers.onProgress && reported !== loaded) handlers.onProgress(loaded, totalBytes);
  return loaded;
}
