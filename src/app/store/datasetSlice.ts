// Dataset slice: the loaded dataset and the state of loading it.
import type { StateCreator } from 'zustand';
import type { Dataset } from '../../schema/dataset';
import { datasetLookups } from './selectors';
import type { NewslineState } from './store';

export interface LoadProblem {
  /** Where the problem is: a JSON path such as `events[3] (id "x").date.start`, or empty for the whole file. */
  path: string;
  message: string;
}

export type LoadState =
  | { status: 'idle' }
  | {
      status: 'loading';
      url: string;
      /** Downloading the file, then checking its records (in a worker). */
      phase: 'download' | 'check';
      loadedBytes: number;
      totalBytes: number | null;
      checkedRecords: number;
      totalRecords: number | null;
    }
  | { status: 'ready'; url: string; skipped: LoadProblem[] }
  | { status: 'failed'; url: string; summary: string; problems: LoadProblem[] };

export interface DatasetSlice {
  dataset: Dataset | null;
  load: LoadState;
  loadStarted: (url: string) => void;
  loadProgressed: (loadedBytes: number, totalBytes: number | null) => void;
  /** `totalRecords` is null until the file has been read as JSON. */
  checkProgressed: (checkedRecords: number, totalRecords: number | null) => void;
  /** `skipped`: invalid records left out, each with where and why. */
  datasetLoaded: (url: string, dataset: Dataset, skipped?: LoadProblem[]) => void;
  loadFailed: (url: string, summary: string, problems: LoadProblem[]) => void;
}

export const createDatasetSlice: StateCreator<NewslineState, [], [], DatasetSlice> = (set, get) => ({
  dataset: null,
  load: { status: 'idle' },
  loadStarted: (url) =>
    set({
      load: {
        status: 'loading',
        url,
        phase: 'download',
        loadedBytes: 0,
        totalBytes: null,
        checkedRecords: 0,
        totalRecords: null,
      },
    }),
  loadProgressed: (loadedBytes, totalBytes) => {
    const { load } = get();
    if (load.status === 'loading') set({ load: { ...load, loadedBytes, totalBytes } });
  },
  checkProgressed: (checkedRecords, totalRecords) => {
    const { load } = get();
    if (load.status === 'loading') set({ load: { ...load, phase: 'check', checkedRecords, totalRecords } });
  },
  datasetLoaded: (url, dataset, skipped = []) => {
    // Drop a selection or filter (from the URL) that names ids this dataset does not have.
    const { eventsById, actorsById } = datasetLookups(dataset);
    const { selectedEventId, selectedActorIds, addNotices } = get();
    const unknownActors = selectedActorIds.filter((id) => !actorsById.has(id));
    const knownEvent = selectedEventId !== null && eventsById.has(selectedEventId);
    addNotices([
      ...(selectedEventId !== null && !knownEvent
        ? [`There is no event “${selectedEventId}” in this timeline.`]
        : []),
      ...(unknownActors.length > 0
        ? [`There is no actor “${unknownActors.join('”, “')}” in this timeline.`]
        : []),
    ]);
    set({
      dataset,
      searchMatches: null, // of the dataset before; the new one is searched again
      load: { status: 'ready', url, skipped },
      selectedEventId: knownEvent ? selectedEventId : null,
      selectedActorIds: selectedActorIds.filter((id) => actorsById.has(id)),
    });
  },
  loadFailed: (url, summary, problems) =>
    set({
      dataset: null,
      searchMatches: null,
      load: { status: 'failed', url, summary, problems },
    }),
});
