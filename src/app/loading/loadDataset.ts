// Loads a dataset into the store, from an address, a file the reader opened, or text made on this
// page: the text first (with progress), then read and validated in a worker (with progress). A
// dataset on show stays until the next one is ready; a newer load replaces an older one. Each
// load's worker belongs to the store: it stops the one under way when a newer one starts, and
// keeps the one of the dataset on show to answer its searches.
import type { DatasetInfo } from '../store/state';
import { useNewslineStore } from '../store/store';
import { startDatasetParser } from './datasetParser';
import { fetchDatasetText, MAX_DATASET_BYTES, tooLargeSummary, type FetchResult } from './fetchDatasetText';

export const DEFAULT_DATASET_URL = `${import.meta.env.BASE_URL}data/events.json`;

/** The built-in dataset, or the one the `data` parameter names. */
export function loadDataset(url: string): Promise<void> {
  return load(url, 'address', (onProgress) => fetchDatasetText(url, { onProgress }));
}

/** A file the reader opened (picked or dropped): Newsline JSON, TimelineJS JSON or CSV. */
export function loadDatasetFile(file: File): Promise<void> {
  return load(file.name, 'file', async (onProgress) => {
    if (file.size > MAX_DATASET_BYTES) return { ok: false, summary: tooLargeSummary(file.size, true) };
    try {
      const text = await file.text();
      onProgress(file.size, file.size);
      return { ok: true, text };
    } catch {
      return { ok: false, summary: 'The file could not be read. Is it still where it was?' };
    }
  });
}

/** A dataset made on this page (events added from an article), checked like any other. */
export function loadDatasetText(text: string, label: string): Promise<void> {
  return load(label, 'page', () => Promise.resolve({ ok: true, text }));
}

async function load(
  url: string,
  from: DatasetInfo['from'],
  readText: (onProgress: (loaded: number, total: number | null) => void) => Promise<FetchResult>,
): Promise<void> {
  const { loadStarted, loadProgressed, checkProgressed, loadFailed, datasetLoaded } =
    useNewslineStore.getState();
  const parser = startDatasetParser();
  loadStarted(url, from, parser);
  const superseded = () => useNewslineStore.getState().pendingLoad !== parser;
  const read = await readText(loadProgressed);
  // User Timing marks: where a load's time goes, in the browser's profiler and the benchmark.
  performance.mark('newsline:downloaded');
  if (superseded()) return; // a newer load took over
  if (!read.ok) {
    loadFailed(url, read.summary, []);
    return;
  }
  checkProgressed(0, null);
  const { result, search } = await parser.parse(read.text, url.split(/[?#]/)[0] ?? url, checkProgressed);
  if (superseded()) return; // a newer load took over while this one was read
  performance.mark('newsline:checked');
  if (result.ok) {
    const info = { url, from, format: result.format, skipped: result.skipped, notes: result.notes };
    datasetLoaded(result.dataset, info, { search, dispose: parser.dispose });
  } else {
    loadFailed(url, result.summary, result.problems);
  }
  performance.mark('newsline:stored');
}
