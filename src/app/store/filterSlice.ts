// Filter slice: the actors the reader picked (events involving any of them stay visible), the
// search words, and the events the last finished search matched (all of the words).
import type { StateCreator } from 'zustand';
import { MAX_QUERY_LENGTH } from '../model/search/searchQuery';
import type { FilterSlice, NewslineState } from './state';

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
    const clipped = query.slice(0, MAX_QUERY_LENGTH);
    if (clipped === get().searchQuery) return;
    // No words, no search: that needs no answer to wait for.
    set(clipped.trim() === '' ? { searchQuery: clipped, searchMatches: null } : { searchQuery: clipped });
  },
  searchMatches: null,
  searchFinished: (matches) => {
    if (matches.query === get().searchQuery) set({ searchMatches: matches });
  },
  clearActorFilter: () => {
    if (get().selectedActorIds.length > 0) set({ selectedActorIds: [] });
  },
});
