// The Undated shelf under the timeline: the visible events with no date, not even a bound, which
// the timeline cannot place. A one-line strip with their count that opens to their titles and why
// each is undated; a title opens the panel like a timeline item. Nothing when none is visible.
import { useId, useState } from 'react';
import { undatedReason } from '../model/dates/dateProvenance';
import { formatCount } from '../model/formatCount';
import { interfaceDirection, t } from '../model/i18n/intl';
import { useNewslineStore, useVisibleUndatedEvents } from '../store/store';
import { Highlighted } from '../ui/Highlighted';

/** Titles drawn at a time: an archive may hold thousands of undated events. */
export const SHELF_PAGE = 100;

export function UndatedShelf({ openAtStart }: { openAtStart: boolean }) {
  const events = useVisibleUndatedEvents();
  const selectedId = useNewslineStore((s) => s.selectedEventId);
  const selectEvent = useNewslineStore((s) => s.selectEvent);
  const [open, setOpen] = useState(openAtStart);
  const [shown, setShown] = useState(SHELF_PAGE);
  const ids = useId();

  // An undated event opened elsewhere (← →, a link, even before the shelf first showed) opens the
  // shelf, as the timeline shows the event it opens. Adjusted while rendering, as React suggests.
  const [seenSelection, setSeenSelection] = useState<string | null>(null);
  if (selectedId !== seenSelection) {
    setSeenSelection(selectedId);
    const index = events.findIndex((event) => event.id === selectedId);
    if (index >= 0) {
      setOpen(true);
      if (index >= shown) setShown((Math.floor(index / SHELF_PAGE) + 1) * SHELF_PAGE);
    }
  }

  if (events.length === 0) return null;
  const more = Math.min(SHELF_PAGE, events.length - shown);
  return (
    <section className="undated-shelf" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="undated-shelf__title">
        <button
          type="button"
          className="undated-shelf__toggle"
          aria-expanded={open}
          aria-controls={`${ids}-list`}
          onClick={() => setOpen(!open)}
        >
          <span className="undated-shelf__arrow" aria-hidden="true">
            {open ? '▾' : closedArrow()}
          </span>
          {t('shell.undated.title', { count: formatCount(events.length) })}
          <span className="undated-shelf__hint">{t('shell.undated.hint')}</span>
        </button>
      </h2>
      <div id={`${ids}-list`} className="undated-shelf__body" hidden={!open}>
        <ul className="undated-shelf__list">
          {events.slice(0, shown).map((event) => (
            <li key={event.id} className="undated-shelf__event">
              <button
                type="button"
                className="link-button undated-shelf__open"
                aria-current={event.id === selectedId ? 'true' : undefined}
                aria-describedby={`${ids}-${event.id}`}
                onClick={() => selectEvent(event.id)}
              >
                <Highlighted text={event.title} />
              </button>
              <span id={`${ids}-${event.id}`} className="undated-shelf__reason">
                {undatedReason(event.date)}
              </span>
            </li>
          ))}
        </ul>
        {more > 0 && (
          <button
            type="button"
            className="text-button undated-shelf__more"
            onClick={() => setShown(shown + SHELF_PAGE)}
          >
            {t('shell.undated.showMore', { count: more })}
          </button>
        )}
      </div>
    </section>
  );
}

/** A closed shelf's arrow points the way its words read, into the shelf. */
function closedArrow(): string {
  return interfaceDirection() === 'rtl' ? '◂' : '▸';
}
