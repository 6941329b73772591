// Loads a dataset into the store, from an address, a file the reader opened, or text made on this
// page: read and validated in a worker as its bytes arrive (with progress). A dataset on show stays
// until the next one is ready; a newer load replaces an older one. Each load's worker belongs to
// the store: it stops the one under way when a newer one starts, and keeps the one of the dataset on
// show to answer its searches.
import type { DatasetInfo } from '../store/state';
import { useNewslineStore } from '../store/store';
import { startDatasetParser } from './datasetParser';
import type { DatasetInput } from './readDatasetInput';

export const DEFAULT_DATASET_URL = `${import.meta.env.BASE_URL}data/events.json`;

/**
 * The built-in dataset, or the one the `data` parameter names. `storeAfter`: nothing reaches the
 * store before it settles (a load started before the app has applied the link's event, actors and
 * window, which the dataset is then checked against).
 */
export function loadDataset(url: string, storeAfter?: Promise<void>): Promise<void> {
  // Absolute: the worker that fetches it lives at another address than the page.
  const absolute = new URL(url, window.location.href).href;
  const input = { kind: 'address', url: absolute, name: url.split(/[?#]/)[0] ?? url } as const;
  return load(url, 'address', input, storeAfter);
}

/** A file the reader opened (picked or dropped): Newsline JSON, TimelineJS JSON or CSV. */
export function loadDatasetFile(file: File): Promise<void> {
  return load(file.name, 'file', { kind: 'file', file, name: file.name });
}

/** A dataset made on this page (events added from an article), checked like any other. */
export function loadDatasetText(text: string, label: string): Promise<void> {
  return load(label, 'page', { kind: 'text', text, name: label });
}

async function load(
  url: string,
  from: DatasetInfo['from'],
  input: DatasetInput,
  storeAfter: Promise<void> = Promise.resolve(),
): Promise<void> {
  let mayStore = false;
  void storeAfter.then(() => (mayStore = true));
  const { loadStarted, loadProgressed, downloadFinished, checkProgressed, loadFailed, datasetLoaded } =
    useNewslineStore.getState();
  const parser = startDatasetParser();
  loadStarted(url, from, parser);
  const superseded = () => useNewslineStore.getState().pendingLoad !== parser;
  const base = { url, from, format: 'newsline' as const, skipped: [], notes: [] };
  // Set once the events so far are first shown: the same timeline as it grows and once whole.
  let arrival: object | undefined;
  const { result, search } = await parser.parse(input, {
    onBytes: (loaded, total) => {
      if (!superseded()) loadProgressed(loaded, total);
    },
    onDownloaded: () => {
      // User Timing marks: where a load's time goes, in the browser's profiler and the benchmark.
      performance.mark('newsline:downloaded');
      if (!superseded()) downloadFinished();
    },
    onChecked: (checked, total) => {
      if (!superseded()) checkProgressed(checked, total);
    },
    onArriving: (soFar) => {
      if (superseded() || !mayStore) return;
      if (!arrival) performance.mark('newsline:first-shown');
      arrival ??= {};
      useNewslineStore.getState().datasetArriving(soFar, { ...base, arrival });
    },
  });
  await storeAfter;
  // A newer load, or a timeline opened otherwise, took over: this one's worker is not needed.
  if (superseded()) {
    parser.dispose();
    return;
  }
  performance.mark('newsline:checked');
  if (result.ok) {
    const info = {
      ...base,
      format: result.format,
      skipped: result.skipped,
      notes: result.notes,
      ...(arrival ? { arrival } : {}),
    };
    datasetLoaded(result.dataset, info, { search, dispose: parser.dispose });
  } else {
    loadFailed(url, result.summary, result.problems);
  }
  performance.mark('newsline:stored');
}
