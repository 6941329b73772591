// Loads a dataset into the store: fetch with progress, then parse and validate in a worker, with progress.
import { useNewslineStore } from '../store/store';
import { fetchDatasetText } from './fetchDatasetText';
import { startDatasetParser, type DatasetParser } from './datasetParser';

export const DEFAULT_DATASET_URL = `${import.meta.env.BASE_URL}data/events.json`;

/** The parser (and searcher) of the dataset on show: replaced, and stopped, by the next load. */
let current: DatasetParser | null = null;

export async function loadDataset(url: string): Promise<void> {
  const { loadStarted, loadProgressed, checkProgressed, loadFailed, datasetLoaded } =
    useNewslineStore.getState();
  loadStarted(url);
  current?.dispose();
  const parser = startDatasetParser();
  current = parser;
  const fetched = await fetchDatasetText(url, { onProgress: loadProgressed });
  // User Timing marks: where a load's time goes, in the browser's profiler and the benchmark.
  performance.mark('newsline:downloaded');
  if (current !== parser) return; // a newer load took over
  if (!fetched.ok) {
    parser.dispose();
    loadFailed(url, fetched.summary, []);
    return;
  }
  checkProgressed(0, null);
  const { result, search } = await parser.parse(fetched.text, checkProgressed);
  performance.mark('newsline:checked');
  if (result.ok) datasetLoaded(url, result.dataset, result.skipped, search);
  else loadFailed(url, result.summary, result.problems);
  performance.mark('newsline:stored');
}
