// View slice: the time window the timeline shows (as vis last reported it), and a window someone
// asked for (a URL parameter, the embedding page) that the timeline has yet to show.
import type { StateCreator } from 'zustand';
import type { NewslineState, ViewSlice } from './state';

export const createViewSlice: StateCreator<NewslineState, [], [], ViewSlice> = (set) => ({
  visibleWindow: null,
  requestedWindow: null,
  outOfSight: null,
  windowChanged: (visibleWindow) => set({ visibleWindow }),
  requestWindow: (window) => set({ requestedWindow: { ...window } }),
  outOfSightChanged: (outOfSight) => set({ outOfSight }),
});
