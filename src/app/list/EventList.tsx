// The list view: the same filtered events as the timeline, as a chronological, semantic list for
// screen readers and small screens, the undated ones in a section of their own after the dated;
// also the fallback when the timeline cannot render.
import { useMemo, useState } from 'react';
import type { Media, TimelineEvent } from '../../schema/dataset';
import { linkLabel, mediaCreditLine } from '../model/media/mediaWords';
import { isUndated } from '../../schema/undated';
import { undatedReason } from '../model/dates/dateProvenance';
import { firstUndatedIndex, indexInChronologicalList } from '../model/dates/eventPlacement';
import { formatEventDate, isUncertainDate } from '../model/dates/formatDate';
import { useDatasetLookups, useNewslineStore, useShownSummary, useVisibleEvents } from '../store/store';
import { Highlighted } from '../ui/Highlighted';
import { formatCount } from '../model/formatCount';
import { t } from '../model/i18n/intl';
import { narrowingWords, shownCountWords } from '../model/filtering/shownWords';

/** Events shown at a time: a long archive is read a page at a time, never drawn whole. */
export const LIST_PAGE = 100;

interface ListRange {
  /** The events the range was chosen for: a new filter starts again from the top. */
  events: readonly TimelineEvent[];
  start: number;
  end: number;
}

export function EventList() {
  const events = useVisibleEvents();
  const shown = useShownSummary();
  const narrowing = narrowingWords(shown);
  const selectedId = useNewslineStore((s) => s.selectedEventId);
  const [chosen, setChosen] = useState<ListRange | null>(null);
  const dataset = useNewslineStore((s) => s.dataset);
  const selectedIndex = useMemo(
    () => (dataset ? indexInChronologicalList(dataset, events, selectedId) : -1),
    [dataset, events, selectedId],
  );
  const undatedFrom = useMemo(() => firstUndatedIndex(events), [events]);
  const range = shownRange(chosen?.events === events ? chosen : null, events.length, selectedIndex);
  const showMore = (start: number, end: number) => setChosen({ events, start, end });
  const earlier = Math.min(LIST_PAGE, range.start);
  const later = Math.min(LIST_PAGE, events.length - range.end);
  // The page is read in one sequence, dated then undated: it may hold the end of one and the start of the other.
  const datedEnd = Math.min(range.end, undatedFrom);
  const undatedStart = Math.max(range.start, undatedFrom);
  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title" className="event-list__title">
        {t(undatedFrom < events.length ? 'shell.list.titleUndatedLast' : 'shell.list.title', {
          events: shownCountWords(shown),
        })}
      </h2>
      {narrowing && <p className="event-list__note">{t('shell.narrowedBy', { narrowing })}</p>}
      {events.length === 0 ? (
        <p>{t('shell.search.noMatch')}</p>
      ) : (
        <>
          {events.length > LIST_PAGE && (
            <p className="event-list__range" aria-live="polite">
              {t('shell.list.range', {
                first: formatCount(range.start + 1),
                last: formatCount(range.end),
                total: formatCount(events.length),
              })}
            </p>
          )}
          {earlier > 0 && (
            <button
              type="button"
              className="text-button event-list__more"
              onClick={() => showMore(range.start - earlier, range.end)}
            >
              {t('shell.list.showEarlier', { count: earlier })}
            </button>
          )}
          {range.start < datedEnd && (
            <ol className="event-list__items" start={range.start + 1}>
              {events.slice(range.start, datedEnd).map((event) => (
                <EventListItem key={event.id} event={event} heading="h3" />
              ))}
            </ol>
          )}
          {undatedStart < range.end && (
            <section className="event-list__undated" aria-labelledby="event-list-undated">
              <h3 id="event-list-undated" className="event-list__section-title">
                {t('shell.list.undated', { count: formatCount(events.length - undatedFrom) })}
              </h3>
              <p className="event-list__note">{t('shell.list.undatedNote')}</p>
              <ol className="event-list__items" start={undatedStart + 1}>
                {events.slice(undatedStart, range.end).map((event) => (
                  <EventListItem key={event.id} event={event} heading="h4" />
                ))}
              </ol>
            </section>
          )}
          {later > 0 && (
            <button
              type="button"
              className="text-button event-list__more"
              onClick={() => showMore(range.start, range.end + later)}
            >
              {t('shell.list.showLater', { count: later })}
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** The list's line about an event's media: what it is, with its caption and credit. */
function mediaListWords(media: Media): string {
  const credits = mediaCreditLine(media);
  const link = media.kind === 'image' ? '' : linkLabel(media);
  return credits
    ? t('shell.list.mediaCredited', { kind: media.kind, link, credits })
    : t('shell.list.media', { kind: media.kind, link });
}

/** The range the reader chose, or the first page; moved to the page of a selected event outside it. */
export function shownRange(
  chosen: { start: number; end: number } | null,
  length: number,
  selectedIndex: number,
): { start: number; end: number } {
  const range = chosen ?? { start: 0, end: LIST_PAGE };
  if (selectedIndex >= 0 && (selectedIndex < range.start || selectedIndex >= range.end)) {
    const start = Math.floor(selectedIndex / LIST_PAGE) * LIST_PAGE;
    return { start, end: Math.min(length, start + LIST_PAGE) };
  }
  return { start: Math.min(range.start, length), end: Math.min(range.end, length) };
}

/** An event of the list; its heading sits one level under its section's ("h4" under Undated). */
function EventListItem({ event, heading: Heading }: { event: TimelineEvent; heading: 'h3' | 'h4' }) {
  const selected = useNewslineStore((s) => s.selectedEventId === event.id);
  const selectEvent = useNewslineStore((s) => s.selectEvent);
  const lookups = useDatasetLookups();
  const { date } = event;
  const undated = isUndated(date);
  const machineDate = date.basis === 'bounded' ? (date.before ?? date.after) : date.start;
  return (
    <li
      className={`event-list__item${undated ? ' event-list__item--undated' : ''}${selected ? ' event-list__item--selected' : ''}`}
    >
      <article aria-labelledby={`list-${event.id}`}>
        <p className="event-list__date">
          {undated ? (
            <span>{formatEventDate(date)}</span>
          ) : (
            <time dateTime={machineDate}>{formatEventDate(date)}</time>
          )}
          {isUncertainDate(date) && (
            <span className="badge badge--uncertain">{t('shell.list.uncertainDate')}</span>
          )}
        </p>
        <Heading id={`list-${event.id}`} className="event-list__heading">
          <button
            type="button"
            className="link-button"
            aria-current={selected ? 'true' : undefined}
            onClick={() => selectEvent(event.id)}
          >
            <Highlighted text={event.title} />
          </button>
        </Heading>
        {undated && <p className="event-list__reason">{undatedReason(date)}</p>}
        <p className="event-list__actors">
          {event.actorIds.map((id) => lookups?.actorsById.get(id)?.name ?? id).join(' · ')}
        </p>
        {event.media && <p className="event-list__media media-line">{mediaListWords(event.media)}</p>}
      </article>
    </li>
  );
}
