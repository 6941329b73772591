// Loads a dataset into the store: fetch with progress, then parse and validate in a worker, with progress.
import { useNewslineStore } from '../store/store';
import { fetchDatasetText } from './fetchDatasetText';
import { startDatasetParser } from './parseOffThread';

export const DEFAULT_DATASET_URL = `${import.meta.env.BASE_URL}data/events.json`;

export async function loadDataset(url: string): Promise<void> {
  const { loadStarted, loadProgressed, checkProgressed, loadFailed, datasetLoaded } =
    useNewslineStore.getState();
  loadStarted(url);
  const parser = startDatasetParser();
  const fetched = await fetchDatasetText(url, { onProgress: loadProgressed });
  // User Timing marks: where a load's time goes, in the browser's profiler and the benchmark.
  performance.mark('newsline:downloaded');
  if (!fetched.ok) {
    parser.dispose();
    loadFailed(url, fetched.summary, []);
    return;
  }
  checkProgressed(0, null);
  const parsed = await parser.parse(fetched.text, checkProgressed);
  performance.mark('newsline:checked');
  if (parsed.ok) datasetLoaded(url, parsed.dataset, parsed.skipped);
  else loadFailed(url, parsed.summary, parsed.problems);
  performance.mark('newsline:stored');
}
