// Dataset slice: the loaded dataset and the state of loading it.
import type { StateCreator } from 'zustand';
import type { Dataset } from '../../schema/dataset';
import { chronology } from '../model/dates/eventPlacement';
import { ignoredNotice, parameterWords } from '../model/url/linkNotice';
import { windowProblem } from '../model/dates/windowProblem';
import { datasetLookups } from '../model/datasetLookups';
import { t } from '../model/i18n/intl';
import { isArriving, type DatasetSlice, type NewslineState } from './state';

export const createDatasetSlice: StateCreator<NewslineState, [], [], DatasetSlice> = (set, get) => ({
  dataset: null,
  datasetInfo: null,
  load: { status: 'idle' },
  pendingLoad: null,
  datasetSearcher: null,
  loadStarted: (url, from, pendingLoad) => {
    // A newer load stops the one under way; the same load said again (the app taking over the
    // link's, which the page announced before the app ran) goes on.
    if (get().pendingLoad !== pendingLoad) get().pendingLoad?.dispose();
    // The parts of a dataset that was still arriving go with its load: the next one shows its own.
    set({
      ...withoutArrivedParts(get()),
      pendingLoad,
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
    });
  },
  loadProgressed: (loadedBytes, totalBytes) => {
    const { load } = get();
    if (load.status === 'loading') set({ load: { ...load, loadedBytes, totalBytes } });
  },
  downloadFinished: () => {
    const { load } = get();
    if (load.status === 'loading') set({ load: { ...load, phase: 'check' } });
  },
  checkProgressed: (checkedRecords, totalRecords) => {
    const { load } = get();
    if (load.status === 'loading') set({ load: { ...load, checkedRecords, totalRecords } });
  },
  datasetLoaded: (dataset, info, searcher = null) => {
    // Drop a selection, filter or window that this dataset has nothing for; say so only for the
    // first dataset, whose ids and window came from the link the reader followed.
    const { eventsById, actorsById } = datasetLookups(dataset);
    const { selectedEventId, selectedActorIds, addNotices, datasetInfo } = get();
    // The events shown while it arrived were this dataset's, not another's.
    const before = isArriving({ datasetInfo }) ? null : get().dataset;
    const unknownActors = selectedActorIds.filter((id) => !actorsById.has(id));
    const knownEvent = selectedEventId !== null && eventsById.has(selectedEventId);
    const windowNotice = before === null ? linkWindowNotice(get(), dataset) : null;
    if (before === null) {
      addNotices([
        ...(selectedEventId !== null && !knownEvent
          ? [ignoredNotice(parameterWords('event', selectedEventId), t('shell.link.noSuchEvent'))]
          : []),
        ...(unknownActors.length > 0
          ? [
              ignoredNotice(
                parameterWords('actors', unknownActors.join(',')),
                t('shell.link.noSuchActors', { count: unknownActors.length }),
              ),
            ]
          : []),
        ...(windowNotice ? [windowNotice] : []),
      ]);
    }
    get().datasetSearcher?.dispose();
    releaseTiles(get());
    set({
      tiledArchive: null, // a dataset opened after a tiled one replaces it
      editSession: null, // and one opened while editing ends the editing (it is kept, to open again)
      dataset,
      datasetInfo: info,
      pendingLoad: null, // now the dataset's searcher
      datasetSearcher: searcher,
      searchMatches: null, // of the dataset before; the new one is searched again
      load: { status: 'idle' },
      selectedEventId: knownEvent ? selectedEventId : null,
      selectedActorIds: selectedActorIds.filter((id) => actorsById.has(id)),
      linkWindow: null,
      // Fitting all the events instead: the timeline does so when no window is asked for.
      ...(windowNotice ? { requestedWindow: null } : {}),
    });
  },
  datasetArriving: (dataset, info) => {
    if (get().dataset !== null && !isArriving(get())) return;
    set({ dataset, datasetInfo: { ...info, arriving: true } });
  },
  loadFailed: (url, summary, problems) => {
    get().pendingLoad?.dispose();
    // What arrived of a dataset that then failed is not kept on show.
    set({
      ...withoutArrivedParts(get()),
      pendingLoad: null,
      load: { status: 'failed', url, summary, problems },
    });
  },
  searcherReplaced: (searcher) => {
    get().datasetSearcher?.dispose();
    set({ datasetSearcher: searcher });
  },
  loadFailureDismissed: () => {
    if (get().load.status === 'failed') set({ load: { status: 'idle' } });
  },
});

/** Takes the parts of a dataset still arriving off the page, when its load ends or gives way. */
function withoutArrivedParts(state: NewslineState): Partial<NewslineState> {
  return isArriving(state) ? { dataset: null, datasetInfo: null } : {};
}

/** Stops the workers of a tiled timeline's tiles. */
function releaseTiles(state: NewslineState): void {
  for (const tile of state.tiledArchive?.tiles.values() ?? [])
    if (tile.status === 'read') tile.searcher?.dispose();
}

/** A notice when the window the link asked for (still the one asked for) would show no event. */
function linkWindowNotice(state: NewslineState, dataset: Dataset): string | null {
  const { linkWindow, requestedWindow } = state;
  if (!linkWindow || !requestedWindow) return null;
  const { window, words } = linkWindow;
  if (window.start !== requestedWindow.start || window.end !== requestedWindow.end) return null;
  const problem = windowProblem(window, chronology(dataset).placed);
  return problem ? ignoredNotice(words, t('shell.link.windowShowsAll', { problem })) : null;
}
