// View slice: the time window the timeline shows (as vis last reported it), a window someone asked
// for (a URL parameter, the embedding page) that the timeline has yet to show, and what the timeline
// measures of itself for others (what is out of sight, how far down the page it reaches).
import type { StateCreator } from 'zustand';
import type { NewslineState, ViewSlice } from './state';

export const createViewSlice: StateCreator<NewslineState, [], [], ViewSlice> = (set) => ({
  visibleWindow: null,
  requestedWindow: null,
  outOfSight: null,
  timelineExtent: null,
  timelineExtentRequests: 0,
  windowChanged: (visibleWindow) => set({ visibleWindow }),
  requestWindow: (window) => set({ requestedWindow: { ...window } }),
  outOfSightChanged: (outOfSight) => set({ outOfSight }),
  requestTimelineExtent: () => set((state) => ({ timelineExtentRequests: state.timelineExtentRequests + 1 })),
  timelineMeasured: (timelineExtent) => set({ timelineExtent }),
});
