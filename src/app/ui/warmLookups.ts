// The panel's first opening reads the dataset's sources by id (25,000 of them at 100,000 events): a
// map built here, while the page is idle after each dataset arrives, so the first click does not
// wait for it.
import { datasetLookups } from '../model/datasetLookups';
import { useNewslineStore } from '../store/store';
import { whenIdle } from './whenIdle';

type Schedule = (work: () => void) => () => void;

/** Warms the lookups of each dataset the store holds, once idle; returns the function that stops it. */
export function warmLookupsWhenIdle(schedule: Schedule = whenIdle): () => void {
  let cancel = () => {};
  const warm = () => {
    cancel();
    const { dataset } = useNewslineStore.getState();
    cancel = dataset ? schedule(() => void datasetLookups(dataset).sourcesById) : () => {};
  };
  warm();
  const unsubscribe = useNewslineStore.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset) warm();
  });
  return () => {
    unsubscribe();
    cancel();
  };
}
