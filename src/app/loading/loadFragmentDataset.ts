// Opens the timeline a link carries in its fragment: unpacked here, then read and checked like
// any dataset. Nothing is fetched.
import { t } from '../model/i18n/intl';
import { decodeDatasetFragment } from '../model/url/datasetFragment';
import { useNewslineStore } from '../store/store';
import { loadDatasetText } from './loadDataset';

export async function loadFragmentDataset(payload: string): Promise<void> {
  const decoded = await decodeDatasetFragment(payload);
  const label = t('article.thisLink');
  if (decoded.ok) await loadDatasetText(decoded.json, label);
  else
    useNewslineStore
      .getState()
      .loadFailed(label, t('article.linkUnreadable'), [{ path: '', message: decoded.problem }]);
}
