// Fetches a dataset file as text, reporting progress as bytes arrive and failing with a message
// that says what to do, instead of hanging or throwing.

export type FetchResult = { ok: true; text: string } | { ok: false; summary: string };

export interface FetchOptions {
  onProgress?: (loadedBytes: number, totalBytes: number | null) => void;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export async function fetchDatasetText(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const { onProgress, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), credentials: 'same-origin' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      return {
        ok: false,
        summary: `The dataset did not arrive within ${timeoutMs / 1000} s. Check your connection and reload.`,
      };
    }
    return {
      ok: false,
      summary:
        'The dataset could not be reached: the network is offline, or the server refused it (for another site, it must allow CORS).',
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      summary:
        `The server answered ${response.status} ${response.statusText || ''}`.trimEnd() + ' for the dataset.',
    };
  }
  try {
    return { ok: true, text: await readWithProgress(response, onProgress) };
  } catch {
    return { ok: false, summary: 'The dataset download was interrupted. Reload to try again.' };
  }
}

async function readWithProgress(response: Response, onProgress: FetchOptions['onProgress']): Promise<string> {
  const header = Number(response.headers.get('content-length'));
  const total = Number.isFinite(header) && header > 0 ? header : null;
  if (!response.body || !onProgress) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let loaded = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    text += decoder.decode(value, { stream: true });
    onProgress(loaded, total);
  }
  return text + decoder.decode();
}
