// Tells screen readers what changed: the event opened, or the result of a filter or search.
import { useEffect, useState } from 'react';
import { formatEventDate } from '../domain/formatDate';
import { datasetLookups, visibleEvents } from '../store/selectors';
import { useNewslineStore } from '../store/store';
import { formatCount } from '../domain/formatCount';

export function Announcer() {
  const [message, setMessage] = useState('');

  useEffect(
    () =>
      useNewslineStore.subscribe((state, previous) => {
        const { dataset } = state;
        if (!dataset) return;
        if (state.selectedEventId !== previous.selectedEventId && state.selectedEventId !== null) {
          const event = datasetLookups(dataset).eventsById.get(state.selectedEventId);
          if (event) setMessage(`Opened: ${event.title}, ${formatEventDate(event.date)}.`);
        } else if (
          state.selectedActorIds !== previous.selectedActorIds ||
          state.searchMatches !== previous.searchMatches
        ) {
          const shown = visibleEvents(dataset, state.selectedActorIds, state.searchMatches).length;
          const total = dataset.events.length;
          setMessage(
            shown === total
              ? `Showing all ${formatCount(total)} events.`
              : `Showing ${formatCount(shown)} of ${formatCount(total)} events.`,
          );
        }
      }),
    [],
  );

  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      {message}
    </div>
  );
}
