// The side panel for the selected event: its date and where the date comes from, summary, actors,
// quotes, reported statements and sources with the excerpts the event rests on. Text only, but for
// the event's picture or link (MediaFigure).
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { Dataset, TimelineEvent } from '../../schema/dataset';
import { isUndated } from '../../schema/undated';
import { chronology, indexInChronologicalList } from '../model/dates/eventPlacement';
import { erasOf, formatEraDates } from '../model/dates/eras';
import { describeDateOrigin, describeDatePrecision } from '../model/dates/dateProvenance';
import { formatEventDate, isUncertainDate } from '../model/dates/formatDate';
import { useDatasetLookups, useNewslineStore, useSelectedEvent, useVisibleEvents } from '../store/store';
import type { DatasetLookups } from '../model/datasetLookups';
import { ActorChip } from './ActorChip';
import { Highlighted } from '../ui/Highlighted';
import { SourcesSection, StatementsSection } from '../ui/EventDetails';
import { MediaFigure } from '../ui/MediaFigure';
import { useEventKeyboard } from './useEventKeyboard';
import { closePanel } from './closePanel';
import { formatCount } from '../model/formatCount';
import { t } from '../model/i18n/intl';

/** `editor`: in edit mode, the form that replaces the event's text (the app shell passes it in). */
export function EventPanel({ editor = null }: { editor?: ((event: TimelineEvent) => ReactNode) | null }) {
  const event = useSelectedEvent();
  const lookups = useDatasetLookups();
  const visibleEvents = useVisibleEvents();
  const selectAdjacentEvent = useNewslineStore((s) => s.selectAdjacentEvent);
  const dataset = useNewslineStore((s) => s.dataset);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEventKeyboard();

  const isOpen = event !== null;
  const openedAtLoad = useRef(isOpen);
  // Move focus into the panel when the reader opens it, not on every step (Previous/Next keep
  // focus), and not when a link opens it at load: an embed must not steal its host page's focus.
  useEffect(() => {
    if (isOpen && !openedAtLoad.current && document.hasFocus())
      headingRef.current?.focus({ preventScroll: true });
    if (!isOpen) openedAtLoad.current = false;
  }, [isOpen]);

  if (!event || !lookups || !dataset) return null;
  const position = indexInChronologicalList(dataset, visibleEvents, event.id);

  return (
    <aside className="panel" aria-labelledby="panel-title" data-testid="event-panel">
      <div className="panel__bar">
        <button
          type="button"
          className="text-button"
          onClick={() => selectAdjacentEvent(-1)}
          disabled={position === 0}
          aria-keyshortcuts="ArrowLeft"
        >
          {t('timeline.previousEvent')}
        </button>
        <span className="panel__position">
          {position >= 0
            ? t('timeline.position', {
                index: formatCount(position + 1),
                total: formatCount(visibleEvents.length),
              })
            : t('timeline.hiddenByFilter')}
        </span>
        <button
          type="button"
          className="text-button"
          onClick={() => selectAdjacentEvent(1)}
          disabled={position === visibleEvents.length - 1}
          aria-keyshortcuts="ArrowRight"
        >
          {t('timeline.nextEvent')}
        </button>
        <button
          type="button"
          className="icon-button panel__close"
          aria-label={t('timeline.closePanel')}
          aria-keyshortcuts="Escape"
          onClick={closePanel}
        >
          ×
        </button>
      </div>
      <div className="panel__body">
        {editor ? (
          <>
            <h2 id="panel-title" className="visually-hidden" tabIndex={-1} ref={headingRef}>
              {t('timeline.editHeading', { title: event.title })}
            </h2>
            {editor(event)}
          </>
        ) : (
          <EventText event={event} dataset={dataset} lookups={lookups} headingRef={headingRef} />
        )}
      </div>
    </aside>
  );
}

/** The event as readers see it. */
function EventText({
  event,
  dataset,
  lookups,
  headingRef,
}: {
  event: TimelineEvent;
  dataset: Dataset;
  lookups: DatasetLookups;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  return (
    <>
      <p className="panel__date">
        {isUndated(event.date) ? (
          <span>{formatEventDate(event.date)}</span>
        ) : (
          <time>{formatEventDate(event.date)}</time>
        )}
        {isUncertainDate(event.date) && (
          <span className="badge badge--uncertain">{t('timeline.uncertainBadge')}</span>
        )}
      </p>
      <h2 id="panel-title" className="panel__title" dir="auto" tabIndex={-1} ref={headingRef}>
        <Highlighted text={event.title} />
      </h2>
      <p className="panel__date-origin">
        {describeDatePrecision(event.date)}. {describeDateOrigin(event.date, lookups.sourcesById)}
      </p>
      {event.media && <MediaFigure media={event.media} className="panel__media" />}
      <EventEras event={event} dataset={dataset} />
      {/* An extracted event's summary is its first excerpt: shown once, under Sources. */}
      {!event.sources.some((ref) => ref.excerpt === event.summary) && (
        <p className="panel__summary" dir="auto">
          <Highlighted text={event.summary} />
        </p>
      )}
      <ActorsSection event={event} lookups={lookups} />
      <StatementsSection event={event} lookups={lookups} kind="quotes" idPrefix="panel" />
      <StatementsSection event={event} lookups={lookups} kind="paraphrases" idPrefix="panel" />
      <SourcesSection refs={event.sources} lookups={lookups} idPrefix="panel" />
    </>
  );
}

/** The periods the event falls in, as the bands behind it show them. */
function EventEras({ event, dataset }: { event: TimelineEvent; dataset: Dataset }) {
  const placement = chronology(dataset).placements.get(event.id);
  const eras = dataset.eras && placement ? erasOf(dataset.eras, placement) : [];
  if (eras.length === 0) return null;
  return (
    <p className="panel__eras">
      {t('timeline.periodsOfEvent', { count: eras.length })}{' '}
      {eras.map((era, i) => (
        <span key={era.id}>
          {i > 0 && t('timeline.periodSeparator')}
          <strong>{era.title}</strong> ({formatEraDates(era)})
        </span>
      ))}
    </p>
  );
}

function ActorsSection({ event, lookups }: { event: TimelineEvent; lookups: DatasetLookups }) {
  if (event.actorIds.length === 0) return null;
  return (
    <section className="panel__section" aria-labelledby="panel-actors">
      <h3 id="panel-actors">{t('timeline.actors')}</h3>
      <ul className="chip-list">
        {event.actorIds.map((id) => {
          const actor = lookups.actorsById.get(id);
          return actor ? (
            <li key={id}>
              <ActorChip actor={actor} />
            </li>
          ) : null;
        })}
      </ul>
    </section>
  );
}
