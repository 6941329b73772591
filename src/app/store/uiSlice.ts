// UI slice: the theme, the view mode (timeline or list), the mode (timeline or story), the lanes (none, by actor, by kind), the notices shown to the reader about
// input that was ignored, and the count of messages the embed API refused.
import type { StateCreator } from 'zustand';
import type { NewslineState, UiSlice } from './state';

/** Every parameter of a link can be wrong at once; more than that is noise. */
const MAX_NOTICES = 12;

export const createUiSlice: StateCreator<NewslineState, [], [], UiSlice> = (set, get) => ({
  theme: null,
  notices: [],
  ignoredMessageCount: 0,
  viewMode: 'timeline',
  setViewMode: (viewMode) => {
    if (viewMode !== get().viewMode) set({ viewMode });
  },
  appMode: 'timeline',
  setAppMode: (appMode) => {
    if (appMode !== get().appMode) set({ appMode });
  },
  laneMode: 'none',
  setLaneMode: (laneMode) => {
    if (laneMode !== get().laneMode) set({ laneMode });
  },
  setTheme: (theme) => set({ theme }),
  addNotices: (notices) => {
    if (notices.length === 0) return;
    const fresh = notices.filter((notice) => !get().notices.includes(notice));
    set({ notices: [...get().notices, ...fresh].slice(-MAX_NOTICES) });
  },
  dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
  dismissAllNotices: () => {
    if (get().notices.length > 0) set({ notices: [] });
  },
  linkWindow: null,
  requestLinkWindow: (window, words) => {
    set({ linkWindow: { window, words } });
    get().requestWindow(window);
  },
  messageIgnored: () => set({ ignoredMessageCount: get().ignoredMessageCount + 1 }),
});
