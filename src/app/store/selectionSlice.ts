// Selection slice: the event open in the panel, and walking to its neighbours in date order.
import type { StateCreator } from 'zustand';
import { datasetLookups, visibleEvents } from './selectors';
import type { NewslineState } from './store';

export interface SelectionSlice {
  selectedEventId: string | null;
  selectEvent: (eventId: string | null) => void;
  /** Selects the next (+1) or previous (-1) visible event in date order; from nothing, the first or last. */
  selectAdjacentEvent: (step: 1 | -1) => void;
}

export const createSelectionSlice: StateCreator<NewslineState, [], [], SelectionSlice> = (set, get) => ({
  selectedEventId: null,
  selectEvent: (eventId) => {
    const { dataset, selectedEventId } = get();
    if (eventId === selectedEventId) return;
    if (eventId !== null && dataset && !datasetLookups(dataset).eventsById.has(eventId)) return;
    set({ selectedEventId: eventId });
  },
  selectAdjacentEvent: (step) => {
    const { dataset, selectedActorIds, searchMatches, selectedEventId } = get();
    if (!dataset) return;
    const ordered = visibleEvents(dataset, selectedActorIds, searchMatches);
    if (ordered.length === 0) return;
    const index = ordered.findIndex((event) => event.id === selectedEventId);
    const next =
      index === -1
        ? step === 1
          ? 0
          : ordered.length - 1
        : Math.min(Math.max(index + step, 0), ordered.length - 1);
    set({ selectedEventId: ordered[next]?.id ?? null });
  },
});
