// The embedded timeline's side of the postMessage API: it acts on valid messages from the allowed
// origin only (counting the rest), and tells the host when it is ready, what changed, and the
// height it would like. Outgoing messages go only to the allowed origin when one is set; without
// one, any page may frame the timeline, so they carry only ids and a height.
import { useEffect } from 'react';
import { datasetLookups } from '../model/datasetLookups';
import { isArriving, type NewslineState, type TimelineExtent } from '../store/state';
import { useNewslineStore } from '../store/store';
import type { HostMessage } from './hostMessages';
import { timelineMessage, type TimelineMessage } from './messages';

/** The validator of incoming messages, loaded on first use: most readers never receive one. */
const loadHostMessages = () => import('./hostMessages');

export function useEmbedApi(parentOrigin: string | null): void {
  useEffect(() => {
    if (window.parent === window) return; // not in a frame: nobody to talk to
    const post = (message: TimelineMessage) => window.parent.postMessage(message, parentOrigin ?? '*');
    const trusted = parentOrigin !== null;

    if (parentOrigin !== null) void loadHostMessages(); // ready before the host's first message
    const onMessage = async (event: MessageEvent) => {
      if (event.source !== window.parent) return; // our own preview frames, extensions…
      const { judgeHostMessage } = await loadHostMessages();
      const verdict = judgeHostMessage(event.origin, event.data, parentOrigin);
      if (verdict.accept) apply(verdict.message);
      else {
        useNewslineStore.getState().messageIgnored();
        console.debug(`[newsline] ignored a message: ${verdict.reason}`);
      }
    };

    let lastHeight = 0;
    const reportHeight = () => {
      // Measured now, as the timeline is laid out at this moment (it answers at once).
      useNewslineStore.getState().requestTimelineExtent();
      const height = preferredHeight(useNewslineStore.getState().timelineExtent);
      if (height !== lastHeight) post(timelineMessage({ type: 'resize', height: (lastHeight = height) }));
    };
    const resizeObserver = new ResizeObserver(reportHeight);
    resizeObserver.observe(document.body);

    const announce = (state: NewslineState, previous: NewslineState | null) => {
      // Asking for the timeline's extent (below) and its answer change the store: nothing to tell.
      if (
        previous &&
        (state.timelineExtentRequests !== previous.timelineExtentRequests ||
          state.timelineExtent !== previous.timelineExtent)
      )
        return;
      // The dataset once whole: the parts of one still arriving are neither ready nor reported on.
      const whole = (s: NewslineState | null) => (s && !isArriving(s) ? s.dataset : null);
      const shown = whole(state);
      if (shown && shown !== whole(previous)) {
        const { events, title } = shown;
        post(
          timelineMessage(trusted ? { type: 'ready', eventCount: events.length, title } : { type: 'ready' }),
        );
      }
      if (!shown) return;
      if (state.selectedEventId !== previous?.selectedEventId) {
        post(timelineMessage({ type: 'selection-changed', eventId: state.selectedEventId }));
      }
      if (state.selectedActorIds !== previous?.selectedActorIds) {
        post(timelineMessage({ type: 'filter-changed', actorIds: state.selectedActorIds }));
      }
      if (trusted && state.visibleWindow && state.visibleWindow !== previous?.visibleWindow) {
        const { start, end } = state.visibleWindow;
        post(
          timelineMessage({
            type: 'window-changed',
            start: new Date(start).toISOString(),
            end: new Date(end).toISOString(),
          }),
        );
      }
      reportHeight();
    };

    window.addEventListener('message', onMessage);
    const unsubscribe = useNewslineStore.subscribe(announce);
    announce(useNewslineStore.getState(), null);
    return () => {
      window.removeEventListener('message', onMessage);
      unsubscribe();
      resizeObserver.disconnect();
    };
  }, [parentOrigin]);
}

function apply(message: HostMessage): void {
  const store = useNewslineStore.getState();
  switch (message.type) {
    case 'select-event':
      store.selectEvent(message.eventId);
      break;
    case 'set-filter': {
      const known = store.dataset ? datasetLookups(store.dataset).actorsById : null;
      store.setActorFilter(message.actorIds.filter((id) => !known || known.has(id)));
      break;
    }
    case 'set-window':
      store.requestWindow({ start: Date.parse(message.start), end: Date.parse(message.end) });
      break;
  }
}

const MIN_HEIGHT = 320;
const MAX_HEIGHT = 1_600;

/**
 * The height that shows the chrome, every stacked item and an open panel without scrolling; without
 * a timeline drawn (the list, the vertical view), the page's own height.
 */
function preferredHeight(timeline: TimelineExtent | null): number {
  if (!timeline) return Math.max(MIN_HEIGHT, document.documentElement.scrollHeight);
  const panel = document.querySelector<HTMLElement>('.panel');
  // A panel beside the timeline adds nothing; a bottom sheet below it adds its content's height.
  const stacked = panel !== null && panel.getBoundingClientRect().top + window.scrollY >= timeline.bottom - 1;
  const sheet = stacked ? panel.scrollHeight : 0;
  const height = timeline.contentBottom + sheet + 8;
  return Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)));
}
