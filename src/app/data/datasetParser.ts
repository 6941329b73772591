// Runs the dataset parser in a worker, reports its progress, and then searches the dataset there.
// Where no worker can start (an old browser, a policy that forbids it), both run on the main thread
// instead: slower, never lost.
import type { Dataset, TimelineEvent } from '../../schema/dataset';
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

/** The part of a Worker the parser uses; a fake stands in for it in unit tests. */
export type ParserWorker = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

function createDatasetWorker(): ParserWorker {
  return new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' });
}

/** Starts the worker now, so it has loaded its code while the file is still downloading. */
export function startDatasetParser(createWorker: () => ParserWorker = createDatasetWorker): DatasetParser {
  let worker: ParserWorker | null = null;
  try {
    worker = createWorker();
  } catch {
    // No worker here: parse and search on the main thread below.
  }
  let stop = () => worker?.terminate();
  return {
    parse: (text, onProgress) => {
      if (!worker) return parseOnMainThread(text, onProgress);
      const session = parseInWorker(worker, text, onProgress);
      stop = session.stop;
      return session.parsed;
    },
    dispose: () => stop(),
  };
}

function parseInWorker(
  worker: ParserWorker,
  text: string,
  onProgress: CheckProgress,
): { parsed: Promise<{ result: ParseResult; search: Searcher }>; stop: () => void } {
  // Kept only while parsing, for the fallback: the searcher outlives this scope and must not keep
  // the file's text (80 MB at 100,000 events) alive with it.
  let textForFallback: string | null = text;
  worker.postMessage({ kind: 'parse', text } satisfies WorkerRequest);
  let head: DatasetHead | null = null;
  const events: TimelineEvent[] = [];
  let dataset: Dataset | null = null;
  const pending = new Map<number, (result: SearchResult | null) => void>();
  let nextSearch = 0;
  let settle: (parsed: { result: ParseResult; search: Searcher }) => void = () => {};
  let running = true;

  /**
   * Ends the worker. If it broke, what it had not done moves to the page: the parse, or later
   * searches. If the page stopped it (a newer load), waiting searches get no answer.
   */
  const end = (why: 'broke' | 'stopped') => {
    running = false;
    worker.terminate();
    for (const found of pending.values()) found(null);
    pending.clear();
    if (why === 'stopped') dataset = null;
    const unparsed = textForFallback;
    textForFallback = null;
    if (unparsed === null) return; // the parse has already been answered
    if (why === 'broke') void parseOnMainThread(unparsed, onProgress).then(settle);
    else settle({ result: { ok: false, summary: 'Loading was stopped.', problems: [] }, search: noSearch });
  };

  const search: Searcher = (query) => {
    // A worker that died after parsing (out of memory building the index) leaves the page to search.
    if (!running) return dataset ? searchOnMainThread(dataset, query) : Promise.resolve(null);
    return new Promise((found) => {
      const id = nextSearch++;
      pending.set(id, found);
      worker.postMessage({ kind: 'search', id, query } satisfies WorkerRequest);
    });
  };

  // Our own worker's messages, typed by the protocol above; nothing from outside comes this way.
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
        textForFallback = null;
        if (!data.outcome.ok || !head) {
          end('stopped');
          settle({ result: failed(data.outcome), search: noSearch });
          return;
        }
        dataset = { ...head, events };
        settle({ result: { ok: true, dataset, skipped: data.outcome.skipped }, search });
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
    end('broke');
  };
  const parsed = new Promise<{ result: ParseResult; search: Searcher }>((resolve) => (settle = resolve));
  return { parsed, stop: () => end('stopped') };
}

const noSearch: Searcher = () => Promise.resolve(null);

function failed(outcome: ParseOutcome): ParseResult {
  return outcome.ok ? { ok: false, summary: 'The dataset arrived incomplete.', problems: [] } : outcome;
}

async function searchOnMainThread(dataset: Dataset, query: string): Promise<SearchResult | null> {
  const { searchEvents } = await import('../domain/searchIndex');
  return searchEvents(dataset, query);
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
