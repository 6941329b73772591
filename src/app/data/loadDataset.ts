// Loads a dataset into the store: fetch with progress, then parse and validate in a worker, with progress.
import type { SearchResult } from '../domain/searchIndex';
import { useNewslineStore } from '../store/store';
import { fetchDatasetText } from './fetchDatasetText';
import { startDatasetParser, type DatasetParser } from './datasetParser';

export const DEFAULT_DATASET_URL = `${import.meta.env.BASE_URL}data/events.json`;

/** The parser of the latest load: replaced, and stopped, by the next. */
let current: DatasetParser | null = null;
/** Searches the dataset on show (in its worker); none before a dataset has loaded. */
let searchShown: ((query: string) => Promise<SearchResult | null>) | null = null;

/** The events of the dataset on show that match the words, or null without a dataset. */
export function searchLoadedDataset(query: string): Promise<SearchResult | null> {
  return searchShown ? searchShown(query) : Promise.resolve(null);
}

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
  if (current !== parser) return; // a newer load took over while this one was parsed
  performance.mark('newsline:checked');
  searchShown = result.ok ? search : null;
  if (result.ok) datasetLoaded(url, result.dataset, result.skipped);
  else loadFailed(url, result.summary, result.problems);
  performance.mark('newsline:stored');
}
