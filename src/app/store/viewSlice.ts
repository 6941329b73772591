// View slice: the time window the timeline shows (as vis last reported it), and a window someone
// asked for (a URL parameter, the embedding page) that the timeline has yet to show.
import type { StateCreator } from 'zustand';
import type { NewslineState } from './store';

export interface TimeWindow {
  start: number;
  end: number;
}

/** Shown events the reader cannot see in the timeline now, by which way they lie. */
export interface OutOfSight {
  earlier: number;
  later: number;
  above: number;
  below: number;
}

export interface ViewSlice {
  visibleWindow: TimeWindow | null;
  /** Each request is a new object, so asking twice for the same window moves the timeline twice. */
  requestedWindow: TimeWindow | null;
  outOfSight: OutOfSight | null;
  windowChanged: (window: TimeWindow) => void;
  requestWindow: (window: TimeWindow) => void;
  outOfSightChanged: (counts: OutOfSight) => void;
}

export const createViewSlice: StateCreator<NewslineState, [], [], ViewSlice> = (set) => ({
  visibleWindow: null,
  requestedWindow: null,
  outOfSight: null,
  windowChanged: (visibleWindow) => set({ visibleWindow }),
  requestWindow: (window) => set({ requestedWindow: { ...window } }),
  outOfSightChanged: (outOfSight) => set({ outOfSight }),
});
