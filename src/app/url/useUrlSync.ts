// Keeps the URL and the store in step, both ways: a link reopens the same view, each change of
// view is a history entry, and Back/Forward restore the view they point to.
import { useEffect } from 'react';
import { useNewslineStore } from '../store/store';
import { decodeView, encodeEditedTimeline, encodeView } from '../model/url/linkCodec';
import { pageAddress } from '../ui/pageAddress';

// While the URL is being applied to the store, the store must not write the URL back: each of
// the separate updates would otherwise push a half-applied view into the history.
let applying = false;

function applyUrlToStore({ withNotices }: { withNotices: boolean }): void {
  const { eventId, actorIds, query, view, mode, lanes, notices } = decodeView(window.location.search);
  const store = useNewslineStore.getState();
  applying = true;
  try {
    if (withNotices) store.addNotices(notices); // once: Back/Forward must not revive dismissed notices
    store.setActorFilter(actorIds);
    store.setSearchQuery(query);
    store.setViewMode(view);
    store.setAppMode(mode);
    store.setLaneMode(lanes);
    store.selectEvent(eventId);
  } finally {
    applying = false;
  }
}

const onPopState = () => {
  // A view changed just before Back is not written over the entry Back went to. (A change and Back
  // within one frame go back one entry further than before: the change was never an entry.)
  pageAddress().drop();
  applyUrlToStore({ withNotices: false });
};

export function useUrlSync(): void {
  useEffect(() => {
    applyUrlToStore({ withNotices: true });
    const address = pageAddress();
    const unsubscribe = useNewslineStore.subscribe((state, previous) => {
      if (applying) return;
      const editId = state.editSession?.timeline.id ?? null;
      if (editId !== (previous.editSession?.timeline.id ?? null)) {
        // Editing is not a view to go back to: the address names the kept timeline, to reload it.
        const { pathname, search, hash } = address.current();
        address.write(`${pathname}${encodeEditedTimeline(editId, search)}${hash}`, 'replace');
      }
      const viewChanged =
        state.selectedEventId !== previous.selectedEventId ||
        state.selectedActorIds !== previous.selectedActorIds ||
        state.viewMode !== previous.viewMode ||
        state.appMode !== previous.appMode ||
        state.laneMode !== previous.laneMode;
      if (!viewChanged && state.searchQuery === previous.searchQuery) return;
      const now = address.current();
      const search = encodeView(
        {
          eventId: state.selectedEventId,
          actorIds: state.selectedActorIds,
          query: state.searchQuery,
          view: state.viewMode,
          mode: state.appMode,
          lanes: state.laneMode,
        },
        now.search,
      );
      if (search === now.search) return;
      const url = `${now.pathname}${search}${now.hash}`;
      // Ids from the URL that the dataset lacks are dropped on load: correct the URL, don't add
      // history; nor does each keystroke of a search.
      // Nor does the app moving a story's slide off one the filter hid.
      const corrected = state.selectionCorrected && state.selectedEventId !== previous.selectedEventId;
      const inPlace = state.dataset !== previous.dataset || !viewChanged || corrected;
      address.write(url, inPlace ? 'replace' : 'push');
    });
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}
