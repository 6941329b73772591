// Loads a dataset into the store, from an address, a file the reader opened, or text made on this
// page: read and validated in a worker as its bytes arrive (with progress). A dataset on show stays
// until the next one is ready; a newer load replaces an older one. Each load's worker belongs to
// the store (the link's, started before the app ran, once the app takes it over): it stops the one
// under way when a newer one starts, and keeps the one of the dataset on show to answer searches.
import type { DatasetInfo } from '../store/state';
import { useNewslineStore } from '../store/store';
import { startDatasetParser, type DatasetParser, type ParsedDataset } from './datasetParser';
import { addressInput, takeLaunchLoad } from './launchLoad';
import type { DatasetInput, LoadProgress } from './readDatasetInput';

export { DEFAULT_DATASET_URL } from './launchLoad';

/** The built-in dataset, or the one the `data` parameter names. */
export function loadDataset(url: string): Promise<void> {
  return loadInput(url, 'address', addressInput(url));
}

/**
 * The link's dataset, once the app has applied the link (its event, actors and window, which the
 * dataset is then checked against): the load started as the page began, if it is of this address.
 */
export function loadLaunchDataset(url: string): Promise<void> {
  const early = takeLaunchLoad(url);
  if (!early) return loadDataset(url);
  return load(url, 'address', early.parser, early.takeOver);
}

/** A file the reader opened (picked or dropped): Newsline JSON, TimelineJS JSON or CSV. */
export function loadDatasetFile(file: File): Promise<void> {
  return loadInput(file.name, 'file', { kind: 'file', file, name: file.name });
}

/** A dataset made on this page (events added from an article), checked like any other. */
export function loadDatasetText(text: string, label: string): Promise<void> {
  return loadInput(label, 'page', { kind: 'text', text, name: label });
}

function loadInput(url: string, from: DatasetInfo['from'], input: DatasetInput): Promise<void> {
  const parser = startDatasetParser();
  return load(url, from, parser, (progress) => parser.parse(input, progress));
}

async function load(
  url: string,
  from: DatasetInfo['from'],
  parser: DatasetParser,
  parse: (progress: LoadProgress) => Promise<ParsedDataset>,
): Promise<void> {
  const { loadStarted, loadProgressed, downloadFinished, checkProgressed, loadFailed, datasetLoaded } =
    useNewslineStore.getState();
  loadStarted(url, from, parser);
  const superseded = () => useNewslineStore.getState().pendingLoad !== parser;
  const base = { url, from, format: 'newsline' as const, skipped: [], notes: [] };
  // Set once the events so far are first shown: the same timeline as it grows and once whole.
  let arrival: object | undefined;
  const { result, search } = await parse({
    onBytes: (loaded, total) => {
      if (!superseded()) loadProgressed(loaded, total);
    },
    onDownloaded: () => {
      if (!superseded()) downloadFinished();
    },
    onChecked: (checked, total) => {
      if (!superseded()) checkProgressed(checked, total);
    },
    onArriving: (soFar) => {
      if (superseded()) return;
      // User Timing marks: where a load's time goes, in the browser's profiler and the benchmark.
      if (!arrival) performance.mark('newsline:first-shown');
      arrival ??= {};
      useNewslineStore.getState().datasetArriving(soFar, { ...base, arrival });
    },
  });
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
