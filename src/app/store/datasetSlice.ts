// Dataset slice: the loaded dataset and the state of loading it.
import type { StateCreator } from 'zustand';
import type { FileFormat } from '../../formats/fileFormat';
import type { Dataset } from '../../schema/dataset';
import { chronology } from '../model/dates/eventPlacement';
import { ignoredNotice, parameterWords } from '../model/url/linkNotice';
import { windowProblem } from '../model/dates/windowProblem';
import { datasetLookups } from './selectors';
import type { NewslineState } from './store';

export interface LoadProblem {
  /** Where the problem is: a JSON path such as `events[3] (id "x").date.start`, or empty for the whole file. */
  path: string;
  message: string;
}

/** Where the dataset on show came from, and what reading it found. */
export interface DatasetInfo {
  /** The address it was fetched from, or the name of the file the reader opened. */
  url: string;
  /** An address (the built-in dataset or `data=`), a file the reader opened, or this page (articles added). */
  from: 'address' | 'file' | 'page';
  format: FileFormat | null;
  /** Invalid records left out, each with where and why. */
  skipped: LoadProblem[];
  /** What converting the file from another format could not keep. */
  notes: string[];
}

/** A load in progress, or one that failed; a dataset already on show stays until another is ready. */
export type LoadState =
  | { status: 'idle' }
  | {
      status: 'loading';
      url: string;
      from: DatasetInfo['from'];
      /** Downloading (or reading) the file, then checking its records (in a worker). */
      phase: 'download' | 'check';
      loadedBytes: number;
      totalBytes: number | null;
      checkedRecords: number;
      totalRecords: number | null;
    }
  | { status: 'failed'; url: string; summary: string; problems: LoadProblem[] };

export interface DatasetSlice {
  dataset: Dataset | null;
  datasetInfo: DatasetInfo | null;
  load: LoadState;
  loadStarted: (url: string, from: DatasetInfo['from']) => void;
  loadProgressed: (loadedBytes: number, totalBytes: number | null) => void;
  /** `totalRecords` is null until the file has been read. */
  checkProgressed: (checkedRecords: number, totalRecords: number | null) => void;
  datasetLoaded: (dataset: Dataset, info: DatasetInfo) => void;
  loadFailed: (url: string, summary: string, problems: LoadProblem[]) => void;
  /** Puts away the message of a failed load, back to the dataset on show. */
  loadFailureDismissed: () => void;
}

export const createDatasetSlice: StateCreator<NewslineState, [], [], DatasetSlice> = (set, get) => ({
  dataset: null,
  datasetInfo: null,
  load: { status: 'idle' },
  loadStarted: (url, from) =>
    set({
      load: {
        status: 'loading',
        url,
        from,
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
  datasetLoaded: (dataset, info) => {
    // Drop a selection, filter or window that this dataset has nothing for; say so only for the
    // first dataset, whose ids and window came from the link the reader followed.
    const { eventsById, actorsById } = datasetLookups(dataset);
    const { selectedEventId, selectedActorIds, addNotices, dataset: before } = get();
    const unknownActors = selectedActorIds.filter((id) => !actorsById.has(id));
    const knownEvent = selectedEventId !== null && eventsById.has(selectedEventId);
    const windowNotice = before === null ? linkWindowNotice(get(), dataset) : null;
    if (before === null) {
      addNotices([
        ...(selectedEventId !== null && !knownEvent
          ? [ignoredNotice(parameterWords('event', selectedEventId), 'this timeline has no such event')]
          : []),
        ...(unknownActors.length > 0
          ? [
              ignoredNotice(
                parameterWords('actors', unknownActors.join(',')),
                `this timeline has no such actor${unknownActors.length === 1 ? '' : 's'}`,
              ),
            ]
          : []),
        ...(windowNotice ? [windowNotice] : []),
      ]);
    }
    set({
      dataset,
      datasetInfo: info,
      searchMatches: null, // of the dataset before; the new one is searched again
      load: { status: 'idle' },
      selectedEventId: knownEvent ? selectedEventId : null,
      selectedActorIds: selectedActorIds.filter((id) => actorsById.has(id)),
      linkWindow: null,
      // Fitting all the events instead: the timeline does so when no window is asked for.
      ...(windowNotice ? { requestedWindow: null } : {}),
    });
  },
  loadFailed: (url, summary, problems) => set({ load: { status: 'failed', url, summary, problems } }),
  loadFailureDismissed: () => {
    if (get().load.status === 'failed') set({ load: { status: 'idle' } });
  },
});

/** A notice when the window the link asked for (still the one asked for) would show no event. */
function linkWindowNotice(state: NewslineState, dataset: Dataset): string | null {
  const { linkWindow, requestedWindow } = state;
  if (!linkWindow || !requestedWindow) return null;
  const { window, words } = linkWindow;
  if (window.start !== requestedWindow.start || window.end !== requestedWindow.end) return null;
  const problem = windowProblem(window, chronology(dataset).placed);
  return problem ? ignoredNotice(words, `${problem}, so the timeline shows all events`) : null;
}
