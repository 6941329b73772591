// Runs parseDataset in a worker and reports its progress. Where no worker can start (an old
// browser, a policy that forbids it), it parses on the main thread instead: slower, never lost.
import type { CheckProgress, ParseResult } from './parseDataset';

/** What the page sends the worker, and what the worker answers: our own messages, both ways. */
export interface WorkerRequest {
  text: string;
}
export type WorkerReply =
  { kind: 'progress'; checked: number; total: number } | { kind: 'result'; result: ParseResult };

export function parseOffThread(text: string, onProgress: CheckProgress): Promise<ParseResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parseDatasetWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return parseOnMainThread(text, onProgress);
  }
  return new Promise((resolve) => {
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.kind === 'progress') {
        onProgress(data.checked, data.total);
        return;
      }
      worker.terminate();
      resolve(data.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(parseOnMainThread(text, onProgress));
    };
    worker.postMessage({ text } satisfies WorkerRequest);
  });
}

async function parseOnMainThread(text: string, onProgress: CheckProgress): Promise<ParseResult> {
  // Loaded only here, so the first view's bundle carries no schema validator.
  const { parseDataset } = await import('./parseDataset');
  return parseDataset(text, onProgress);
}
