// View slice: the time window the timeline shows, as the reader last left it.
import type { StateCreator } from 'zustand';
import type { NewslineState } from './store';

export interface TimeWindow {
  start: number;
  end: number;
}

export interface ViewSlice {
  visibleWindow: TimeWindow | null;
  windowChanged: (window: TimeWindow) => void;
}

export const createViewSlice: StateCreator<NewslineState, [], [], ViewSlice> = (set) => ({
  visibleWindow: null,
  windowChanged: (visibleWindow) => set({ visibleWindow }),
});
