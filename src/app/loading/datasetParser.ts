// Runs the dataset parser in a worker, reports its progress, and then searches the dataset there.
// Where no worker can start (an old browser, a policy that forbids it), both run on the main thread
// instead: slower, never lost.
import type { Dataset, TimelineEvent } from '../../schema/dataset';
import { currentLocale, speak, t, type LocaleSetting } from '../model/i18n/intl';
import { searchCorpus, searchedDocuments, type SearchedFields } from '../model/search/searchCorpus';
import type { SearchResult, Searcher } from '../model/search/searchIndex';
import type { DatasetHead, ParseOutcome, ParseResult } from './parseDataset';
import type { FileFacts } from './readDatasetFile';
import type { DatasetInput, LoadProgress } from './readDatasetInput';
import { arrivalPace } from './arrivalPace';

/** A parsed file: the dataset or what is wrong with it, its format, and what converting it lost. */
export type FileResult = ParseResult & FileFacts;

/**
 * What the page sends the worker, and what the worker answers: our own messages, both ways. A parse
 * carries the page's language: the worker words what is wrong with the file in it.
 */
export type WorkerRequest =
  | { kind: 'parse'; input: DatasetInput; locale: LocaleSetting }
  | { kind: 'corpus'; documents: SearchedFields[] }
  | { kind: 'search'; id: number; query: string };
export type WorkerReply =
  | { kind: 'bytes'; loaded: number; total: number | null }
  | { kind: 'downloaded' }
  | { kind: 'progress'; checked: number; total: number | null }
  | { kind: 'head'; head: DatasetHead }
  | { kind: 'events'; events: TimelineEvent[] }
  | { kind: 'done'; outcome: ParseOutcome & FileFacts }
  | { kind: 'search-result'; id: number; result: { ids: string[]; terms: string[] } | null };

/** A parsed dataset (or what is wrong with it), and a searcher over it once it is valid. */
export type ParsedDataset = { result: FileResult; search: Searcher };

export interface DatasetParser {
  /**
   * The dataset read from where it comes. `locale`: the one the worker words problems in, the
   * page's by default (one started before the page speaks is told which it will).
   */
  parse: (input: DatasetInput, progress: LoadProgress, locale?: LocaleSetting) => Promise<ParsedDataset>;
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
    parse: (input, given, locale = currentLocale()) => {
      const progress = markingDownload(given);
      if (!worker) return parseOnMainThread(input, progress, locale);
      const session = parseInWorker(worker, input, progress, locale);
      stop = session.stop;
      return session.parsed;
    },
    dispose: () => stop(),
  };
}

/** The same progress, with a User Timing mark where the file is in (a load started early reports to the app later). */
function markingDownload(progress: LoadProgress): LoadProgress {
  return {
    ...progress,
    onDownloaded: () => {
      performance.mark('newsline:downloaded');
      progress.onDownloaded?.();
    },
  };
}

function parseInWorker(
  worker: ParserWorker,
  input: DatasetInput,
  progress: LoadProgress,
  locale: LocaleSetting,
): { parsed: Promise<ParsedDataset>; stop: () => void } {
  // Kept only while parsing, for the fallback: the searcher outlives this scope and must not keep
  // a page's text alive with it.
  let inputForFallback: DatasetInput | null = input;
  worker.postMessage({ kind: 'parse', input, locale } satisfies WorkerRequest);
  let head: DatasetHead | null = null;
  let events: TimelineEvent[] = [];
  const pace = arrivalPace(performance.now());
  // Once the file is in, the rest of it is moments away: nothing more is shown in parts.
  let downloaded = false;
  let arrivalTimer: ReturnType<typeof setTimeout> | null = null;
  /** Shows the events so far when the pace allows; events that arrive meanwhile join them. */
  const showSoFarInTurn = () => {
    if (!progress.onArriving || arrivalTimer !== null) return;
    arrivalTimer = setTimeout(() => {
      arrivalTimer = null;
      if (!running || downloaded || dataset || !head || events.length === 0) return;
      pace.shown(performance.now());
      // A copy of the list: the one kept grows, and the page keys what it derives by list.
      progress.onArriving?.({ ...head, events: events.slice() });
    }, pace.wait(performance.now()));
  };
  let dataset: Dataset | null = null;
  const pending = new Map<number, (result: SearchResult | null) => void>();
  let nextSearch = 0;
  let settle: (parsed: ParsedDataset) => void = () => {};
  let running = true;

  /**
   * Ends the worker. If it broke, what it had not done moves to the page: the parse, or later
   * searches. If the page stopped it (a newer load), waiting searches get no answer.
   */
  const end = (why: 'broke' | 'stopped') => {
    running = false;
    if (arrivalTimer !== null) clearTimeout(arrivalTimer);
    worker.terminate();
    for (const found of pending.values()) found(null);
    pending.clear();
    if (why === 'stopped') dataset = null;
    // What the worker handed over of a parse it did not finish is not kept: the page starts again.
    if (!dataset) {
      head = null;
      // A new array, not this one emptied: the dataset made of it may be on show, and outlive this worker.
      events = [];
    }
    const unparsed = inputForFallback;
    inputForFallback = null;
    if (unparsed === null) return; // the parse has already been answered
    if (why === 'broke') void parseOnMainThread(unparsed, progress, locale).then(settle);
    else settle({ result: failedFile(t('article.loadingStopped')), search: noSearch });
  };

  /** Settles once the worker has the whole dataset's searched text (false if it stopped first). */
  let textHandedOver: Promise<boolean> | null = null;
  const handOverText = (whole: Dataset): Promise<boolean> =>
    (textHandedOver ??= (async () => {
      // A batch per task: the page stays responsive while 100,000 events' text is copied over.
      for (let from = 0; from < whole.events.length; from += SEARCHED_TEXT_BATCH) {
        if (!running) return false;
        const documents = searchedDocuments(whole, from, from + SEARCHED_TEXT_BATCH);
        worker.postMessage({ kind: 'corpus', documents } satisfies WorkerRequest);
        await new Promise((next) => setTimeout(next, 0));
      }
      return running;
    })());

  const search: Searcher = async (query) => {
    // Until the dataset is whole there is nothing to search (a part would answer for all of it).
    if (running && !dataset) return null;
    if (running && dataset) await handOverText(dataset);
    // A worker that died after parsing (out of memory building the index) leaves the page to search.
    if (!running) return dataset ? searchOnMainThread(dataset, query) : null;
    return new Promise((found) => {
      const id = nextSearch++;
      pending.set(id, found);
      worker.postMessage({ kind: 'search', id, query } satisfies WorkerRequest);
    });
  };

  // Our own worker's messages, typed by the protocol above; nothing from outside comes this way.
  worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
    switch (data.kind) {
      case 'bytes':
        progress.onBytes?.(data.loaded, data.total);
        return;
      case 'downloaded':
        downloaded = true;
        progress.onDownloaded?.();
        return;
      case 'progress':
        progress.onChecked?.(data.checked, data.total);
        return;
      case 'head':
        // A streamed file's head comes again at the end, whole: its sources and actors are those
        // it came with first, and the ones already here are kept (what was derived from them too).
        head = head ? { ...data.head, sources: head.sources, actors: head.actors } : data.head;
        return;
      case 'events':
        for (const event of data.events) events.push(event);
        if (!downloaded) showSoFarInTurn();
        return;
      case 'done': {
        inputForFallback = null;
        if (arrivalTimer !== null) clearTimeout(arrivalTimer);
        arrivalTimer = null;
        const { outcome } = data;
        const facts = { format: outcome.format, notes: outcome.notes };
        if (!outcome.ok || !head) {
          end('stopped');
          settle({
            result: outcome.ok ? failedFile(t('article.arrivedIncomplete')) : outcome,
            search: noSearch,
          });
          return;
        }
        dataset = { ...head, events };
        settle({ result: { ok: true, dataset, skipped: outcome.skipped, ...facts }, search });
        return;
      }
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
  const parsed = new Promise<ParsedDataset>((resolve) => (settle = resolve));
  return { parsed, stop: () => end('stopped') };
}

const noSearch: Searcher = () => Promise.resolve(null);

/** Events whose searched text goes to the worker in one message. */
const SEARCHED_TEXT_BATCH = 5_000;

function failedFile(summary: string): FileResult {
  return { ok: false, summary, problems: [], format: null, notes: [] };
}

async function searchOnMainThread(dataset: Dataset, query: string): Promise<SearchResult | null> {
  const { searchEvents } = await import('../model/search/searchIndex');
  return searchEvents(searchCorpus(dataset), query);
}

async function parseOnMainThread(
  input: DatasetInput,
  progress: LoadProgress,
  locale: LocaleSetting,
): Promise<ParsedDataset> {
  // A load started before the page speaks (the link's) words its problems as the page will.
  const speaking = currentLocale();
  if (speaking.language !== locale.language || speaking.formatLocale !== locale.formatLocale)
    await speak(locale);
  // Loaded only here, so the first view's bundle carries no validator.
  const [{ readDatasetInput }, { gatherParts }] = await Promise.all([
    import('./readDatasetInput'),
    import('./parseDataset'),
  ]);
  const parts = gatherParts();
  const outcome = await readDatasetInput(input, parts.listener, progress);
  const result: FileResult = { ...parts.result(outcome), format: outcome.format, notes: outcome.notes };
  return { result, search: result.ok ? (query) => searchOnMainThread(result.dataset, query) : noSearch };
}
