// The one Newsline store, combined from slices, and the selector hooks components subscribe with.
import { useMemo } from 'react';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createDatasetSlice } from './datasetSlice';
import { createFilterSlice } from './filterSlice';
import { createSelectionSlice } from './selectionSlice';
import { createUiSlice } from './uiSlice';
import { createViewSlice } from './viewSlice';
import { createTilesSlice } from './tilesSlice';
import { datasetLookups } from '../model/datasetLookups';
import { firstUndatedIndex } from '../model/dates/eventPlacement';
import { actorsWithCounts, shownSummary, visibleEvents } from '../model/filtering/shownEvents';
import type { ShownSummary } from '../model/filtering/shownWords';
import type { NewslineState } from './state';

export const useNewslineStore = create<NewslineState>()((...args) => ({
  ...createDatasetSlice(...args),
  ...createFilterSlice(...args),
  ...createSelectionSlice(...args),
  ...createViewSlice(...args),
  ...createUiSlice(...args),
  ...createTilesSlice(...args),
}));

export { useShallow };

export function useVisibleEvents() {
  const dataset = useNewslineStore((s) => s.dataset);
  const actorIds = useNewslineStore((s) => s.selectedActorIds);
  const search = useNewslineStore((s) => s.searchMatches);
  return useMemo(
    () => (dataset ? visibleEvents(dataset, actorIds, search) : []),
    [dataset, actorIds, search],
  );
}

const NOTHING_SHOWN: ShownSummary = { shown: 0, total: 0, actorNames: [], search: null };

/** How many events are shown of how many, and what narrows them; one answer for every count on the page. */
export function useShownSummary(): ShownSummary {
  const dataset = useNewslineStore((s) => s.dataset);
  const actorIds = useNewslineStore((s) => s.selectedActorIds);
  const search = useNewslineStore((s) => s.searchMatches);
  return useMemo(
    () => (dataset ? shownSummary(dataset, actorIds, search) : NOTHING_SHOWN),
    [dataset, actorIds, search],
  );
}

/** The visible events that have no date (the tail of the visible events), for the Undated shelf. */
export function useVisibleUndatedEvents() {
  const events = useVisibleEvents();
  return useMemo(() => events.slice(firstUndatedIndex(events)), [events]);
}

export function useActorsWithCounts() {
  const dataset = useNewslineStore((s) => s.dataset);
  return dataset ? actorsWithCounts(dataset) : [];
}

export function useDatasetLookups() {
  const dataset = useNewslineStore((s) => s.dataset);
  return dataset ? datasetLookups(dataset) : null;
}

export function useSelectedEvent() {
  const lookups = useDatasetLookups();
  const selectedId = useNewslineStore((s) => s.selectedEventId);
  return selectedId !== null ? (lookups?.eventsById.get(selectedId) ?? null) : null;
}

/** The words the search matched, for highlighting; empty without a search. */
const NO_TERMS: string[] = [];

export function useSearchTerms(): string[] {
  return useNewslineStore((s) => s.searchMatches?.terms ?? NO_TERMS);
}
