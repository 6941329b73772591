// Searches the dataset on show whenever the search words change, and puts what it finds in the
// store. The search runs in the dataset's worker and answers later; an answer for words no longer
// in the box, or for a dataset since replaced, is dropped.
import { useEffect, useMemo } from 'react';
import { useNewslineStore } from '../store/store';
import { searchScheduler } from './searchScheduler';

export function useDatasetSearch(): void {
  const dataset = useNewslineStore((s) => s.dataset);
  const query = useNewslineStore((s) => s.searchQuery);
  // An edited dataset gets a new searcher after it: the search runs again with it.
  const searcher = useNewslineStore((s) => s.datasetSearcher);
  const schedule = useMemo(
    () =>
      searchScheduler(async (words) => {
        const { dataset: searched, datasetSearcher } = useNewslineStore.getState();
        const found = datasetSearcher ? await datasetSearcher.search(words) : null;
        const { dataset: now, searchFinished } = useNewslineStore.getState();
        if (found && now === searched) searchFinished({ query: words, ...found });
      }),
    [],
  );
  useEffect(() => {
    if (dataset && query.trim() !== '') schedule(query);
  }, [dataset, query, schedule, searcher]);
}
