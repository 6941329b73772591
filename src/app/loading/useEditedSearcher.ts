// An edited dataset is searched as edited: shortly after the edits stop, a worker reads the new
// dataset and takes over the searches from the one that read the dataset before.
import { useEffect } from 'react';
import { useNewslineStore } from '../store/store';
import { t } from '../model/i18n/intl';
import { startDatasetParser } from './datasetParser';

/** Waits for a pause in the editing, so typing a title does not start a worker per key. */
const QUIET_MS = 400;

export function useEditedSearcher(): void {
  const editing = useNewslineStore((s) => s.editSession !== null);
  const dataset = useNewslineStore((s) => s.dataset);
  useEffect(() => {
    if (!editing || !dataset) return;
    let parser: ReturnType<typeof startDatasetParser> | null = null;
    let current = true;
    const timer = window.setTimeout(() => {
      parser = startDatasetParser();
      const started = parser;
      const text = JSON.stringify(dataset);
      void started
        .parse({ kind: 'text', text, name: t('article.editedTimeline') }, {})
        .then(({ result, search }) => {
          if (current && result.ok && useNewslineStore.getState().dataset === dataset) {
            parser = null; // the store's now: it stops it when the next one takes over
            useNewslineStore.getState().searcherReplaced({ search, dispose: started.dispose });
          } else started.dispose();
        });
    }, QUIET_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
      parser?.dispose();
    };
  }, [editing, dataset]);
}
