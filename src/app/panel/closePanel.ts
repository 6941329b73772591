// Closing the panel (Esc or ×) puts the keyboard back where the reader was reading events: on the
// card of the event that was open (the vertical timeline), else on the timeline itself, never on
// the page's body, where the next Tab would start from the top.
import { useNewslineStore } from '../store/store';

export function closePanel(): void {
  const store = useNewslineStore.getState();
  const closed = store.selectedEventId;
  store.selectEvent(null);
  if (closed === null) return;
  const active = document.activeElement;
  if (active && active !== document.body && !active.closest('.panel')) return;
  const card = document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(closed)}"]`);
  const timeline = document.querySelector<HTMLElement>('[data-opens-on-enter]');
  (card ?? timeline)?.focus({ preventScroll: true });
}
