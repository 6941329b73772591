// Filter slice: the actors the reader picked (events involving any of them stay visible) and the
// search words (events matching all of them stay).
import type { StateCreator } from 'zustand';
import type { NewslineState } from './store';

export interface FilterSlice {
  selectedActorIds: string[];
  toggleActor: (actorId: string) => void;
  setActorFilter: (actorIds: readonly string[]) => void;
  clearActorFilter: () => void;
  searchQuery: string;
  setSearchQuery: (query: string) => void;
}

const MAX_QUERY = 200;

export const createFilterSlice: StateCreator<NewslineState, [], [], FilterSlice> = (set, get) => ({
  selectedActorIds: [],
  toggleActor: (actorId) => {
    const current = get().selectedActorIds;
    set({
      selectedActorIds: current.includes(actorId)
        ? current.filter((id) => id !== actorId)
        : [...current, actorId],
    });
  },
  setActorFilter: (actorIds) => {
    const unique = [...new Set(actorIds)];
    const current = get().selectedActorIds;
    if (unique.length === current.length && unique.every((id, i) => id === current[i])) return;
    set({ selectedActorIds: unique });
  },
  searchQuery: '',
  setSearchQuery: (query) => {
    const clipped = query.slice(0, MAX_QUERY);
    if (clipped !== get().searchQuery) set({ searchQuery: clipped });
  },
  clearActorFilter: () => {
    if (get().selectedActorIds.length > 0) set({ selectedActorIds: [] });
  },
});
