// The list view: the same filtered events as the timeline, as a chronological, semantic list for
// screen readers and small screens; also the fallback when the timeline cannot render.
import type { TimelineEvent } from '../../schema/dataset';
import { formatEventDate, isUncertainDate } from '../domain/formatDate';
import { useDatasetLookups, useNewslineStore, useVisibleEvents } from '../store/store';
import { Highlighted } from '../ui/Highlighted';

export function EventList() {
  const events = useVisibleEvents();
  const total = useNewslineStore((s) => s.dataset?.events.length ?? 0);
  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title" className="event-list__title">
        {events.length === total ? `All ${total} events` : `${events.length} of ${total} events`}, in date
        order
      </h2>
      {events.length === 0 ? (
        <p>No event matches the filter and search.</p>
      ) : (
        <ol className="event-list__items">
          {events.map((event) => (
            <EventListItem key={event.id} event={event} />
          ))}
        </ol>
      )}
    </section>
  );
}

function EventListItem({ event }: { event: TimelineEvent }) {
  const selected = useNewslineStore((s) => s.selectedEventId === event.id);
  const selectEvent = useNewslineStore((s) => s.selectEvent);
  const lookups = useDatasetLookups();
  const { date } = event;
  const machineDate = date.basis === 'bounded' ? (date.before ?? date.after) : date.start;
  return (
    <li className={`event-list__item${selected ? ' event-list__item--selected' : ''}`}>
      <article aria-labelledby={`list-${event.id}`}>
        <p className="event-list__date">
          <time dateTime={machineDate}>{formatEventDate(date)}</time>
          {isUncertainDate(date) && <span className="badge badge--uncertain">uncertain date</span>}
        </p>
        <h3 id={`list-${event.id}`} className="event-list__heading">
          <button
            type="button"
            className="link-button"
            aria-current={selected ? 'true' : undefined}
            onClick={() => selectEvent(event.id)}
          >
            <Highlighted text={event.title} />
          </button>
        </h3>
        <p className="event-list__actors">
          {event.actorIds.map((id) => lookups?.actorsById.get(id)?.name ?? id).join(' · ')}
        </p>
      </article>
    </li>
  );
}
