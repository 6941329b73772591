// View slice: the time window the timeline shows (as vis last reported it), and a window someone
// asked for (a URL parameter, the embedding page) that the timeline has yet to show.
import type { StateCreator } from 'zustand';
import type { NewslineState } from './store';

export interface TimeWindow {
  start: number;
  end: number;
}

export interface ViewSlice {
  visibleWindow: TimeWindow | null;
  /** Each request is a new object, so asking twice for the same window moves the timeline twice. */
  requestedWindow: TimeWindow | null;
  windowChanged: (window: TimeWindow) => void;
  requestWindow: (window: TimeWindow) => void;
}

export const createViewSlice: StateCreator<NewslineState, [], [], ViewSlice> = (set) => ({
  visibleWindow: null,
  requestedWindow: null,
  windowChanged: (visibleWindow) => set({ visibleWindow }),
  requestWindow: (window) => set({ requestedWindow: { ...window } }),
});
