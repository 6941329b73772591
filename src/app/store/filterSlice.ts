// Filter slice: the actors the reader picked; events involving any of them stay visible.
import type { StateCreator } from 'zustand';
import type { NewslineState } from './store';

export interface FilterSlice {
  selectedActorIds: string[];
  toggleActor: (actorId: string) => void;
  setActorFilter: (actorIds: readonly string[]) => void;
  clearActorFilter: () => void;
}

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
  clearActorFilter: () => {
    if (get().selectedActorIds.length > 0) set({ selectedActorIds: [] });
  },
});
