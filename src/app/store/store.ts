// The one Newsline store, combined from slices, and the selector hooks components subscribe with.
import { t } from '../model/i18n/intl';
import { useMemo } from 'react';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createDatasetSlice } from './datasetSlice';
import { createFilterSlice } from './filterSlice';
import { createSelectionSlice } from './selectionSlice';
import { createUiSlice } from './uiSlice';
import { createViewSlice } from './viewSlice';
import { createTilesSlice } from './tilesSlice';
import { createEditSlice } from './editSlice';
import { datasetLookups } from '../model/datasetLookups';
import { firstUndatedIndex } from '../model/dates/eventPlacement';
import {
  actorsWithCounts,
  shownSummary,
  visibleEvents,
  type ActorWithCount,
} from '../model/filtering/shownEvents';
import { archiveActorCounts } from '../model/tiles/tileArchive';
import type { ShownSummary } from '../model/filtering/shownWords';
import { isArriving, type NewslineState } from './state';

export const useNewslineStore = create<NewslineState>()((...args) => ({
  ...createDatasetSlice(...args),
  ...createFilterSlice(...args),
  ...createSelectionSlice(...args),
  ...createViewSlice(...args),
  ...createUiSlice(...args),
  ...createTilesSlice(...args),
  ...createEditSlice(...args),
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
  // A tiled timeline: what is shown is of the tiles read, out of the whole archive.
  const archiveEvents = useNewslineStore((s) => s.tiledArchive?.manifest.events ?? null);
  const arriving = useNewslineStore(isArriving);
  return useMemo(() => {
    if (!dataset) return NOTHING_SHOWN;
    const summary = { ...shownSummary(dataset, actorIds, search), arriving };
    return archiveEvents === null ? summary : { ...summary, total: archiveEvents };
  }, [dataset, actorIds, search, archiveEvents, arriving]);
}

/** The visible events that have no date (the tail of the visible events), for the Undated shelf. */
export function useVisibleUndatedEvents() {
  const events = useVisibleEvents();
  return useMemo(() => events.slice(firstUndatedIndex(events)), [events]);
}

export function useActorsWithCounts(): readonly ActorWithCount[] {
  const dataset = useNewslineStore((s) => s.dataset);
  const manifest = useNewslineStore((s) => s.tiledArchive?.manifest ?? null);
  return useMemo(() => {
    if (!manifest) return dataset ? actorsWithCounts(dataset) : [];
    // A tiled timeline counts the whole archive, from its manifest: most of it is not read.
    const counts = archiveActorCounts(manifest);
    return manifest.actors
      .map((actor) => ({ actor, eventCount: counts.get(actor.id) ?? 0 }))
      .sort((a, b) => b.eventCount - a.eventCount || a.actor.name.localeCompare(b.actor.name));
  }, [dataset, manifest]);
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

/**
 * Why an action on the whole dataset (editing it, exporting it, adding an article to it) must wait:
 * its events are still arriving, and part of it would pass for all of it. Null when it need not.
 */
export function useWholeDatasetWait(): string | null {
  const arriving = useNewslineStore(isArriving);
  return arriving ? t('article.wholeTimelineFirst') : null;
}

/** Settles once the dataset on show is whole (at once if it is): an action on all of it waits for it. */
export function whenWholeDataset(): Promise<void> {
  if (!isArriving(useNewslineStore.getState())) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = useNewslineStore.subscribe((state) => {
      if (isArriving(state)) return;
      unsubscribe();
      resolve();
    });
  });
}
