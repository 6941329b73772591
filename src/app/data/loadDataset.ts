// Loads a dataset into the store: fetch with progress, then parse and validate in a worker, with progress.
import { useNewslineStore } from '../store/store';
import { fetchDatasetText } from './fetchDatasetText';
import { parseOffThread } from './parseOffThread';

export const DEFAULT_DATASET_URL = `${import.meta.env.BASE_URL}data/events.json`;

export async function loadDataset(url: string): Promise<void> {
  const { loadStarted, loadProgressed, checkProgressed, loadFailed, datasetLoaded } =
    useNewslineStore.getState();
  loadStarted(url);
  const fetched = await fetchDatasetText(url, { onProgress: loadProgressed });
  if (!fetched.ok) {
    loadFailed(url, fetched.summary, []);
    return;
  }
  checkProgressed(0, null);
  const parsed = await parseOffThread(fetched.text, checkProgressed);
  if (parsed.ok) datasetLoaded(url, parsed.dataset, parsed.skipped);
  else loadFailed(url, parsed.summary, parsed.problems);
}
