// Tells screen readers what changed: the event opened, or the result of a filter or search.
import { useEffect, useState } from 'react';
import { formatEventDate } from '../model/dates/formatDate';
import { narrowingWords, shownCountWords } from '../model/filtering/shownWords';
import { datasetLookups } from '../model/datasetLookups';
import { shownSummary } from '../model/filtering/shownEvents';
import { t } from '../model/i18n/intl';
import { useNewslineStore } from '../store/store';

export function Announcer() {
  const [message, setMessage] = useState('');

  useEffect(
    () =>
      useNewslineStore.subscribe((state, previous) => {
        const { dataset } = state;
        if (!dataset) return;
        if (state.selectedEventId !== previous.selectedEventId && state.selectedEventId !== null) {
          const event = datasetLookups(dataset).eventsById.get(state.selectedEventId);
          if (event)
            setMessage(t('shell.announce.opened', { title: event.title, date: formatEventDate(event.date) }));
        } else if (
          state.selectedActorIds !== previous.selectedActorIds ||
          state.searchMatches !== previous.searchMatches
        ) {
          const summary = shownSummary(dataset, state.selectedActorIds, state.searchMatches);
          const narrowing = narrowingWords(summary);
          const events = shownCountWords(summary);
          setMessage(
            narrowing
              ? t('shell.announce.shownNarrowed', { events, narrowing })
              : t('shell.announce.shown', { events }),
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
