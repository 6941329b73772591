// Runs the dataset parser in a worker, reports its progress, and then searches the dataset there.
// Where no worker can start (an old browser, a policy that forbids it), both run on the main thread
// instead: slower, never lost.
import type { TimelineEvent } from '../../schema/dataset';
import type { SearchResult, Searcher } from '../domain/searchIndex';
import type { CheckProgress, DatasetHead, ParseOutcome, ParseResult } from './parseDataset';

/** What the page sends the worker, and what the worker answers: our own messages, both ways. */
export type WorkerRequest = { kind: 'parse'; text: string } | { kind: 'search'; id: number; query: string };
export type WorkerReply =
  | { kind: 'progress'; checked: number; total: number }
  | { kind: 'head'; head: DatasetHead }
  | { kind: 'events'; events: TimelineEvent[] }
  | { kind: 'done'; outcome: ParseOutcome }
  | { kind: 'search-result'; id: number; result: { ids: string[]; terms: string[] } | null };

export interface DatasetParser {
  /** The parsed dataset, and a searcher over it once it is valid. */
  parse: (text: string, onProgress: CheckProgress) => Promise<{ result: ParseResult; search: Searcher }>;
  /** Stops the worker: there is nothing to parse, or its dataset was replaced. */
  dispose: () => void;
}

/** Starts the worker now, so it has loaded its code while the file is still downloading. */
export function startDatasetParser(): DatasetParser {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    // No worker here: parse and search on the main thread below.
  }
  return {
    parse: (text, onProgress) =>
      worker ? parseInWorker(worker, text, onProgress) : parseOnMainThread(text, onProgress),
    dispose: () => worker?.terminate(),
  };
}

function parseInWorker(
  worker: Worker,
  text: string,
  onProgress: CheckProgress,
): Promise<{ result: ParseResult; search: Searcher }> {
  // Only while parsing, for the fallback: the searcher outlives this scope and must not keep the
  // file's text (80 MB at 100,000 events) alive with it.
  let textForFallback: string | null = text;
  worker.postMessage({ kind: 'parse', text } satisfies WorkerRequest);
  return new Promise((resolve) => {
    let head: DatasetHead | null = null;
    const events: TimelineEvent[] = [];
    const pending = new Map<number, (result: SearchResult | null) => void>();
    let nextSearch = 0;
    let parsed = false;
    let stopped = false;
    const search: Searcher = (query) =>
      new Promise((found) => {
        if (stopped) return found(null);
        const id = nextSearch++;
        pending.set(id, found);
        worker.postMessage({ kind: 'search', id, query } satisfies WorkerRequest);
      });
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
          parsed = true;
          textForFallback = null;
          if (!data.outcome.ok || !head) {
            stopped = true;
            worker.terminate();
            resolve({ result: failed(data.outcome), search: noSearch });
            return;
          }
          resolve({
            result: { ok: true, dataset: { ...head, events }, skipped: data.outcome.skipped },
            search,
          });
          return;
        case 'search-result': {
          const found = pending.get(data.id);
          pending.delete(data.id);
          found?.(data.result && { ids: new Set(data.result.ids), terms: data.result.terms });
        }
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      stopped = true;
      for (const found of pending.values()) found(null);
      pending.clear();
      if (!parsed && textForFallback !== null) resolve(parseOnMainThread(textForFallback, onProgress));
    };
  });
}

const noSearch: Searcher = () => Promise.resolve(null);

function failed(outcome: ParseOutcome): ParseResult {
  return outcome.ok ? { ok: false, summary: 'The dataset arrived incomplete.', problems: [] } : outcome;
}

async function parseOnMainThread(
  text: string,
  onProgress: CheckProgress,
): Promise<{ result: ParseResult; search: Searcher }> {
  // Loaded only here, so the first view's bundle carries neither validator nor search index.
  const [{ parseDataset }, { searchEvents }] = await Promise.all([
    import('./parseDataset'),
    import('../domain/searchIndex'),
  ]);
  const result = parseDataset(text, onProgress);
  return {
    result,
    search: result.ok ? (query) => Promise.resolve(searchEvents(result.dataset, query)) : noSearch,
  };
}
