// Fetches a dataset file as text, reporting progress as bytes arrive and failing with a message
// that says what to do, instead of hanging or throwing. A file over the size limit is refused as
// soon as its size is known (its Content-Length, or the bytes read so far), and never fetched again.

export type FetchResult = { ok: true; text: string } | { ok: false; summary: string };

export interface FetchOptions {
  onProgress?: (loadedBytes: number, totalBytes: number | null) => void;
  timeoutMs?: number;
  /** Wait before the one retry of a failure that may pass (network, 5xx, 408, 429). */
  retryDelayMs?: number;
  /** Larger files are refused: the same limit as files opened from the computer. */
  maxBytes?: number;
}

/** The largest dataset Newsline reads, from an address or a file: twice a 100,000-event archive. */
export const MAX_DATASET_BYTES = 200 * 1024 * 1024;

/** What the reader is told of a file over the limit, from an address or the computer. */
export function tooLargeSummary(bytes: number, exact: boolean, maxBytes = MAX_DATASET_BYTES): string {
  const size = `${exact ? '' : 'over '}${Math.round(bytes / 2 ** 20)} MB`;
  return `The dataset is ${size}; Newsline reads datasets up to ${Math.round(maxBytes / 2 ** 20)} MB. Split it into smaller files, or filter it before opening.`;
}

class TooLarge extends Error {
  constructor(
    readonly bytes: number,
    readonly exact: boolean,
  ) {
    super('too large');
  }
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRY_DELAY_MS = 1_000;
const TRANSIENT_STATUS = new Set([408, 429, 500, 502, 503, 504]);

export async function fetchDatasetText(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const first = await fetchOnce(url, options);
  if (first.ok || !first.transient) return first.ok ? first : { ok: false, summary: first.summary };
  await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS));
  const second = await fetchOnce(url, options);
  return second.ok ? second : { ok: false, summary: `${second.summary} Tried twice.` };
}

async function fetchOnce(
  url: string,
  options: FetchOptions,
): Promise<{ ok: true; text: string } | { ok: false; summary: string; transient: boolean }> {
  const { onProgress, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = MAX_DATASET_BYTES } = options;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), credentials: 'same-origin' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      return {
        ok: false,
        transient: true,
        summary: `The dataset did not arrive within ${timeoutMs / 1000} s. Check your connection and reload.`,
      };
    }
    return {
      ok: false,
      transient: true,
      summary:
        'The dataset could not be reached: the network is offline, or the server refused it (a dataset on another site must allow CORS). Check the address and your connection, then reload.',
    };
  }
  if (!response.ok) {
    const hint = response.status === 404 ? ' Check the address of the dataset.' : '';
    return {
      ok: false,
      transient: TRANSIENT_STATUS.has(response.status),
      summary: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for the dataset.${hint}`,
    };
  }
  try {
    return { ok: true, text: await readWithProgress(response, maxBytes, onProgress) };
  } catch (error) {
    // Not worth a second try: the file will be as large the next time.
    if (error instanceof TooLarge)
      return { ok: false, transient: false, summary: tooLargeSummary(error.bytes, error.exact, maxBytes) };
    return {
      ok: false,
      transient: true,
      summary: 'The dataset download was interrupted. Reload to try again.',
    };
  }
}

async function readWithProgress(
  response: Response,
  maxBytes: number,
  onProgress: FetchOptions['onProgress'],
): Promise<string> {
  const header = Number(response.headers.get('content-length'));
  const total = Number.isFinite(header) && header > 0 ? header : null;
  if (total !== null && total > maxBytes) {
    await response.body?.cancel();
    throw new TooLarge(total, true);
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  // A large file arrives in thousands of chunks; the page is told of each 1% (or 512 KB), not each.
  const step = total ? Math.max(total / 100, 64 * 1024) : 512 * 1024;
  let loaded = 0;
  let reported = 0;
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    // A compressed or unannounced body is only known by what arrives.
    if (loaded > maxBytes) {
      await reader.cancel();
      throw new TooLarge(loaded, false);
    }
    parts.push(decoder.decode(value, { stream: true }));
    if (onProgress && loaded - reported >= step) onProgress((reported = loaded), total);
  }
  parts.push(decoder.decode());
  if (onProgress && reported !== loaded) onProgress(loaded, total);
  return parts.join('');
}
