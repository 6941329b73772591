// Runs the dataset parser in a worker and reports its progress. Where no worker can start (an old
// browser, a policy that forbids it), it parses on the main thread instead: slower, never lost.
import type { TimelineEvent } from '../../schema/dataset';
import type { CheckProgress, DatasetHead, ParseOutcome, ParseResult } from './parseDataset';

/** What the page sends the worker, and what the worker answers: our own messages, both ways. */
export interface WorkerRequest {
  text: string;
}
export type WorkerReply =
  | { kind: 'progress'; checked: number; total: number }
  | { kind: 'head'; head: DatasetHead }
  | { kind: 'events'; events: TimelineEvent[] }
  | { kind: 'done'; outcome: ParseOutcome };

export interface DatasetParser {
  parse: (text: string, onProgress: CheckProgress) => Promise<ParseResult>;
  /** Stops the worker, when there turns out to be nothing to parse. */
  dispose: () => void;
}

/** Starts the worker now, so it has loaded its code while the file is still downloading. */
export function startDatasetParser(): DatasetParser {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./parseDatasetWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    // No worker here: parse on the main thread below.
  }
  return {
    parse: (text, onProgress) =>
      worker ? parseInWorker(worker, text, onProgress) : parseOnMainThread(text, onProgress),
    dispose: () => worker?.terminate(),
  };
}

function parseInWorker(worker: Worker, text: string, onProgress: CheckProgress): Promise<ParseResult> {
  return new Promise((resolve) => {
    let head: DatasetHead | null = null;
    const events: TimelineEvent[] = [];
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      switch (data.kind) {
        case 'progress':
          onProgress(data.checked, data.total);
          return;
        case 'head':
          head = data.head;
          return;
        case 'events':
          for (const event of data.events) events.push(event);
          return;
        case 'done':
          worker.terminate();
          resolve(
            data.outcome.ok && head
              ? { ok: true, dataset: { ...head, events }, skipped: data.outcome.skipped }
              : failed(data.outcome),
          );
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(parseOnMainThread(text, onProgress));
    };
    worker.postMessage({ text } satisfies WorkerRequest);
  });
}

function failed(outcome: ParseOutcome): ParseResult {
  return outcome.ok ? { ok: false, summary: 'The dataset arrived incomplete.', problems: [] } : outcome;
}

async function parseOnMainThread(text: string, onProgress: CheckProgress): Promise<ParseResult> {
  // Loaded only here, so the first view's bundle carries no schema validator.
  const { parseDataset } = await import('./parseDataset');
  return parseDataset(text, onProgress);
}
