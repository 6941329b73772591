// The actor filter: every actor with its kind and event count; pick any number, clear in one click.
import { memo } from 'react';
import type { Actor } from '../../schema/dataset';
import { useActorsWithCounts, useNewslineStore, useShownSummary } from '../store/store';
import { formatCount } from '../model/formatCount';
import { t } from '../model/i18n/intl';
import { narrowingWords, shownCountWords } from '../model/filtering/shownWords';

export function ActorFilter() {
  const actors = useActorsWithCounts();
  const selectedActorIds = useNewslineStore((s) => s.selectedActorIds);
  const toggleActor = useNewslineStore((s) => s.toggleActor);
  const clearActorFilter = useNewslineStore((s) => s.clearActorFilter);
  // The count of the events shown, the search's narrowing included: the list and export say the same.
  const shown = useShownSummary();
  const narrowing = narrowingWords(shown);

  return (
    <section className="actor-filter" aria-labelledby="actor-filter-title">
      <div className="actor-filter__header">
        <h2 id="actor-filter-title">{t('shell.filter.title')}</h2>
        <button
          type="button"
          className="text-button"
          onClick={clearActorFilter}
          disabled={selectedActorIds.length === 0}
        >
          {t('shell.filter.clear')}
        </button>
      </div>
      <p className="actor-filter__status" role="status">
        {shownCountWords(shown)}
      </p>
      {narrowing && <p className="actor-filter__status">{t('shell.narrowedBy', { narrowing })}</p>}
      <ul className="actor-filter__list">
        {actors.map(({ actor, eventCount }) => (
          <ActorOption
            key={actor.id}
            actor={actor}
            eventCount={eventCount}
            checked={selectedActorIds.includes(actor.id)}
            onToggle={toggleActor}
          />
        ))}
      </ul>
    </section>
  );
}

interface ActorOptionProps {
  actor: Actor;
  eventCount: number;
  checked: boolean;
  onToggle: (actorId: string) => void;
}

/**
 * One actor's checkbox. Memoised: a filter changes one row, and React writes every re-rendered
 * input's attributes again (at 100,000 events, a filter's click is timed to its paint).
 */
const ActorOption = memo(function ActorOption({ actor, eventCount, checked, onToggle }: ActorOptionProps) {
  return (
    <li>
      <label className={`actor-option chip--${actor.kind}`} data-checked={checked}>
        <input type="checkbox" checked={checked} onChange={() => onToggle(actor.id)} />
        <span className="actor-option__name">{actor.name}</span>
        <span className="actor-option__kind">{t('shell.filter.kind', { kind: actor.kind })}</span>
        <span className="actor-option__count">
          {formatCount(eventCount)}
          <span className="visually-hidden">
            {' '}
            {t('shell.filter.eventsAfterCount', { count: eventCount })}
          </span>
        </span>
      </label>
    </li>
  );
});
