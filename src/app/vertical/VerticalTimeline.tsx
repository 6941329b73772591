// The vertical timeline, for phones and narrow frames: the visible events down the page in date
// order, each a dot on an axis at the left with its card beside it, under markers where the year
// (or the bound an event is known only by) changes; undated events in a section of their own
// after the axis. Its own scroll area, with cues counting the cards above and below the view.
import { useId, useLayoutEffect, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TimelineEvent } from '../../schema/dataset';
import { chronology, firstUndatedIndex, indexInChronologicalList } from '../model/dates/eventPlacement';
import { formatCount } from '../model/formatCount';
import { shownCountWords } from '../model/filtering/shownWords';
import { useNewslineStore, useShownSummary, useVisibleEvents } from '../store/store';
import { MoreCue } from '../ui/MoreCue';
import { t } from '../model/i18n/intl';
import { marksBefore } from './axisMarks';
import { eraMarksOf } from './eraMarks';
import { CARD_SELECTOR, useHiddenCardCounts } from './useHiddenCardCounts';
import { VerticalEvent } from './VerticalEvent';
import { WINDOW_STEP, windowAt, windowShowing, type EventWindow } from './verticalWindow';
import './vertical.css';

interface Shown {
  /** The list the window was chosen for: another filter or search chooses again. */
  events: readonly TimelineEvent[];
  /** The selection it was chosen for: a new selection outside the window moves it there. */
  selectedId: string | null;
  window: EventWindow;
}

/** A card's place in the scroll area before the window moves, to put it back there after. */
interface Anchor {
  id: string;
  top: number;
}

export function VerticalTimeline() {
  const events = useVisibleEvents();
  const summary = useShownSummary();
  const selectedId = useNewslineStore((s) => s.selectedEventId);
  const scroller = useRef<HTMLDivElement>(null);
  const anchor = useRef<Anchor | null>(null);
  const pendingFocus = useRef<number | null>(null);
  const ids = useId();
  const dataset = useNewslineStore((s) => s.dataset);
  const selectedIndex = useMemo(
    () => (dataset ? indexInChronologicalList(dataset, events, selectedId) : -1),
    [dataset, events, selectedId],
  );

  // The window follows a new list or a new selection; otherwise it stays where the reader moved it.
  // Adjusted while rendering, as React suggests for state derived from changed props.
  const [shown, setShown] = useState<Shown>(() => ({
    events,
    selectedId,
    window: windowFor(null, events.length, selectedIndex),
  }));
  let win = shown.window;
  if (shown.events !== events || shown.selectedId !== selectedId) {
    win = windowFor(shown.events === events ? shown.window : null, events.length, selectedIndex);
    setShown({ events, selectedId, window: win });
  }

  const drawn = useMemo(() => events.slice(win.start, win.end), [events, win.start, win.end]);
  const undatedFrom = useMemo(() => firstUndatedIndex(events), [events]);
  const datedEnd = Math.min(win.end, undatedFrom);
  const undatedStart = Math.max(win.start, undatedFrom);
  const marks = useMemo(
    () => marksBefore(drawn.slice(0, Math.max(0, datedEnd - win.start)).map((event) => event.date)),
    [drawn, datedEnd, win.start],
  );
  const eraMarks = useMemo(() => {
    const dated = drawn.slice(0, Math.max(0, datedEnd - win.start));
    if (!dataset?.eras) return dated.map(() => null);
    const { placements } = chronology(dataset);
    return eraMarksOf(
      dataset.eras,
      dated.map((event) => placements.get(event.id) ?? null),
    );
  }, [dataset, drawn, datedEnd, win.start]);
  const hidden = useHiddenCardCounts(scroller, drawn);
  const above = events.length === 0 ? 0 : hidden.above + win.start;
  const below = events.length === 0 ? 0 : hidden.below + (events.length - win.end);

  /** Moves the window, keeping what the reader looks at in place, and focuses a card once drawn. */
  const moveWindow = (next: EventWindow, focusIndex: number | null) => {
    anchor.current = scroller.current ? firstCardInView(scroller.current) : null;
    pendingFocus.current = focusIndex;
    setShown({ events, selectedId, window: next });
  };

  useLayoutEffect(() => {
    const area = scroller.current;
    const held = anchor.current;
    const focus = pendingFocus.current;
    anchor.current = null;
    pendingFocus.current = null;
    if (!area) return;
    const card = held ? cardById(area, held.id) : null;
    if (held && card) area.scrollTop += topIn(area, card) - held.top;
    if (focus !== null) focusCard(area, focus);
  }, [win.start, win.end]);

  // The selected event (from a click, ← →, the panel, a link) is brought into view.
  const shownSelection = useRef<string | null>(null);
  useEffect(() => {
    shownSelection.current = selectedId;
    if (selectedId === null || !scroller.current) return;
    cardById(scroller.current, selectedId)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, events]);

  // When the area shrinks (the panel docking under it on a phone, a rotation), a selected card in
  // view stays wholly in view rather than slipping under the edge or the cue.
  useEffect(() => {
    const area = scroller.current;
    if (!area) return;
    let lastHeight = area.clientHeight;
    const observer = new ResizeObserver(() => {
      const shrank = area.clientHeight < lastHeight;
      lastHeight = area.clientHeight;
      const card = shownSelection.current ? cardById(area, shownSelection.current) : null;
      if (shrank && card && overlaps(area, card)) card.scrollIntoView({ block: 'nearest' });
    });
    observer.observe(area);
    return () => observer.disconnect();
  }, []);

  const focusEvent = (index: number) => {
    if (index < 0 || index >= events.length) return;
    if (index >= win.start && index < win.end) {
      if (scroller.current) focusCard(scroller.current, index);
    } else moveWindow(windowShowing(win, index, events.length), index);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const card = event.target instanceof Element ? event.target.closest<HTMLElement>(CARD_SELECTOR) : null;
    if (!card) return;
    event.preventDefault();
    focusEvent(Number(card.dataset.eventIndex) + (event.key === 'ArrowDown' ? 1 : -1));
  };

  const showEarlier = () => moveWindow(windowAt(win.start - WINDOW_STEP, events.length), win.start - 1);
  const showLater = () => moveWindow(windowAt(win.start + WINDOW_STEP, events.length), win.end);

  /** A cue's click: a page on, or, at the end of what is drawn, the next events. */
  const pageBy = (direction: 1 | -1) => {
    const area = scroller.current;
    if (!area) return;
    const atEnd =
      direction === 1 ? area.scrollTop + area.clientHeight >= area.scrollHeight - 1 : area.scrollTop <= 0;
    if (atEnd) {
      if (direction === 1 && win.end < events.length) showLater();
      if (direction === -1 && win.start > 0) showEarlier();
      return;
    }
    const page = Math.max(area.clientHeight - 32, area.clientHeight / 2);
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    area.scrollBy({ top: direction * page, behavior: smooth ? 'smooth' : 'auto' });
  };

  const earlier = win.start - windowAt(win.start - WINDOW_STEP, events.length).start;
  const later = windowAt(win.start + WINDOW_STEP, events.length).end - win.end;
  const laneMode = useNewslineStore((s) => s.laneMode);
  return (
    <section className="vertical" aria-label={t('timeline.verticalLabel')} onKeyDown={onKeyDown}>
      <div className="vertical__header">
        <h2 className="vertical__heading">
          {t('timeline.verticalHeading', { shown: shownCountWords(summary) })}
        </h2>
        {above > 0 && <MoreCue direction="above" count={above} onClick={() => pageBy(-1)} />}
        {below > 0 && <MoreCue direction="below" count={below} onClick={() => pageBy(1)} />}
      </div>
      {laneMode !== 'none' && (
        // Lanes side by side need a wide frame; a phone's column keeps one line and says so.
        <p className="vertical__lanes-note" role="note">
          {t('timeline.lanesNote', { mode: laneMode })}
        </p>
      )}
      <div className="vertical__viewport">
        <div className="vertical__scroller" ref={scroller}>
          {events.length === 0 ? (
            <p className="vertical__empty">{t('timeline.noMatch')}</p>
          ) : (
            <>
              {earlier > 0 && (
                <button type="button" className="text-button vertical__more" onClick={showEarlier}>
                  {t('timeline.showEarlier', { count: earlier })}
                </button>
              )}
              {win.start < datedEnd && (
                <ol className="vertical__axis" start={win.start + 1}>
                  {drawn.slice(0, datedEnd - win.start).map((event, offset) => (
                    <VerticalEvent
                      key={event.id}
                      event={event}
                      index={win.start + offset}
                      mark={marks[offset] ?? null}
                      era={eraMarks[offset] ?? null}
                    />
                  ))}
                </ol>
              )}
              {undatedStart < win.end && (
                <section className="vertical__undated" aria-labelledby={`${ids}-undated`}>
                  <h3 id={`${ids}-undated`} className="vertical__undated-title">
                    {t('timeline.undatedHeading', { count: formatCount(events.length - undatedFrom) })}
                  </h3>
                  <p className="vertical__note">{t('timeline.undatedNote')}</p>
                  <ol className="vertical__undated-list" start={undatedStart + 1}>
                    {drawn.slice(undatedStart - win.start).map((event, offset) => (
                      <VerticalEvent key={event.id} event={event} index={undatedStart + offset} mark={null} />
                    ))}
                  </ol>
                </section>
              )}
              {later > 0 && (
                <button type="button" className="text-button vertical__more" onClick={showLater}>
                  {t('timeline.showLater', { count: later })}
                </button>
              )}
            </>
          )}
        </div>
      </div>
    </section>
  );
}

/** The window for a list: the one kept (or the first), moved to show the selected event. */
function windowFor(kept: EventWindow | null, length: number, selectedIndex: number): EventWindow {
  const base = kept ? windowAt(kept.start, length) : windowAt(0, length);
  return selectedIndex >= 0 ? windowShowing(base, selectedIndex, length) : base;
}

function cardById(area: HTMLElement, id: string): HTMLElement | null {
  return area.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
}

/** A card's top, in pixels below the top of the scroll area. */
function topIn(area: HTMLElement, card: HTMLElement): number {
  return card.getBoundingClientRect().top - area.getBoundingClientRect().top;
}

/** The first card at least partly in view, and where it sits. */
function firstCardInView(area: HTMLElement): Anchor | null {
  const top = area.getBoundingClientRect().top;
  for (const card of area.querySelectorAll<HTMLElement>(CARD_SELECTOR)) {
    if (card.getBoundingClientRect().bottom > top && card.dataset.eventId) {
      return { id: card.dataset.eventId, top: topIn(area, card) };
    }
  }
  return null;
}

function overlaps(area: HTMLElement, card: HTMLElement): boolean {
  const view = area.getBoundingClientRect();
  const box = card.getBoundingClientRect();
  return box.bottom > view.top && box.top < view.bottom;
}

function focusCard(area: HTMLElement, index: number): void {
  const card = area.querySelector<HTMLElement>(`[data-event-index="${index}"]`);
  if (!card) return;
  card.focus({ preventScroll: true });
  card.scrollIntoView({ block: 'nearest' });
}
