// Selection slice: the event open in the panel, and walking to its neighbours in date order.
import type { StateCreator } from 'zustand';
import { datasetLookups } from '../model/datasetLookups';
import { visibleEvents } from '../model/filtering/shownEvents';
import { indexInChronologicalList } from '../model/dates/eventPlacement';
import { isArriving, type NewslineState, type SelectionSlice } from './state';

export const createSelectionSlice: StateCreator<NewslineState, [], [], SelectionSlice> = (set, get) => ({
  selectedEventId: null,
  selectionCorrected: false,
  selectEvent: (eventId) => {
    const { dataset, selectedEventId } = get();
    if (eventId === selectedEventId) return;
    // An event of a dataset still arriving may come later: the whole dataset checks it then.
    const known = !dataset || isArriving(get()) || datasetLookups(dataset).eventsById.has(eventId ?? '');
    if (eventId !== null && !known) return;
    set({ selectedEventId: eventId, selectionCorrected: false });
  },
  correctSelection: (eventId) => {
    const { dataset, selectedEventId } = get();
    if (eventId === selectedEventId) return;
    if (eventId !== null && dataset && !datasetLookups(dataset).eventsById.has(eventId)) return;
    set({ selectedEventId: eventId, selectionCorrected: true });
  },
  selectAdjacentEvent: (step) => {
    const { dataset, selectedActorIds, searchMatches, selectedEventId } = get();
    if (!dataset) return;
    const ordered = visibleEvents(dataset, selectedActorIds, searchMatches);
    if (ordered.length === 0) return;
    const index = indexInChronologicalList(dataset, ordered, selectedEventId);
    const next =
      index === -1
        ? step === 1
          ? 0
          : ordered.length - 1
        : Math.min(Math.max(index + step, 0), ordered.length - 1);
    set({ selectedEventId: ordered[next]?.id ?? null, selectionCorrected: false });
  },
});
