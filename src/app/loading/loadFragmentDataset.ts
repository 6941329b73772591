// Opens the timeline a link carries in its fragment: unpacked here, then read and checked like
// any dataset. Nothing is fetched.
import { decodeDatasetFragment } from '../model/url/datasetFragment';
import { useNewslineStore } from '../store/store';
import { loadDatasetText } from './loadDataset';

const LABEL = 'this link';

export async function loadFragmentDataset(payload: string): Promise<void> {
  const decoded = await decodeDatasetFragment(payload);
  if (decoded.ok) await loadDatasetText(decoded.json, LABEL);
  else
    useNewslineStore
      .getState()
      .loadFailed(LABEL, 'The timeline in this link could not be opened.', [
        { path: '', message: decoded.problem },
      ]);
}
