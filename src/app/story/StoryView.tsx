// Story mode: the timeline told one event at a time, as TimelineJS does. A title slide, then a slide
// per visible event in date order; Previous/Next, ←/→, Home/End and swipes move between them, the
// position is announced, and the navigator timeline (passed in: features do not import each other)
// sits below. Only the current slide is rendered, so 100,000 events cost one slide.
import { useEffect, useRef, type ReactNode } from 'react';
import { firstUndatedIndex } from '../model/dates/eventPlacement';
import { narrowingWords } from '../model/filtering/shownWords';
import { formatCount } from '../model/formatCount';
import { nearestVisibleEvent, slidePlace } from '../model/story/storySlides';
import { useDatasetLookups, useNewslineStore, useShownSummary, useVisibleEvents } from '../store/store';
import { isArriving } from '../store/state';
import { EventSlide, TitleSlide } from './StorySlide';
import { moveStory, storyButtonKeys, storyMoveForSwipe, useStoryKeyboard } from './storyNavigation';
import { t } from '../model/i18n/intl';
import { useSwipe } from './useSwipe';
import './story.css';

export function StoryView({ navigator }: { navigator: ReactNode }) {
  const dataset = useNewslineStore((s) => s.dataset);
  const selectedEventId = useNewslineStore((s) => s.selectedEventId);
  const visible = useVisibleEvents();
  const lookups = useDatasetLookups();
  const summary = useShownSummary();
  useStoryKeyboard();
  const stageRef = useRef<HTMLDivElement>(null);
  // A new slide starts at its top.
  useEffect(() => {
    // Braces: newer browsers' scrollTo returns a promise, which an effect must not return.
    stageRef.current?.scrollTo({ top: 0 });
  }, [selectedEventId]);
  const swipe = useSwipe((direction) => moveStory(storyMoveForSwipe(direction)));
  const keys = storyButtonKeys();

  const place = dataset ? slidePlace(dataset, visible, selectedEventId) : null;
  // The filter or search hid the current slide: go to the nearest one left, without a history entry.
  const arriving = useNewslineStore(isArriving);
  useEffect(() => {
    // A slide linked to may be of the part still arriving: it opens when it comes.
    if (!dataset || arriving || place?.kind !== 'hidden' || selectedEventId === null) return;
    const nearest = nearestVisibleEvent(dataset, visible, selectedEventId);
    useNewslineStore.getState().correctSelection(nearest?.id ?? null);
  }, [dataset, arriving, place?.kind, visible, selectedEventId]);

  if (!dataset || !lookups || !place) return null;
  const event = place.kind === 'event' ? visible[place.index] : undefined;
  const index = place.kind === 'event' ? place.index : -1;
  const position =
    place.kind === 'event'
      ? t('timeline.position', { index: formatCount(index + 1), total: formatCount(visible.length) })
      : t('timeline.titleSlidePosition', { count: visible.length });

  return (
    <section className="story" aria-label={t('timeline.story')}>
      <div
        className="story__stage"
        data-testid="story-stage"
        ref={stageRef}
        // Focusable, so a long slide scrolls from the keyboard too.
        tabIndex={0}
        role="region"
        aria-label={t('timeline.currentSlide')}
        {...swipe}
      >
        {event ? (
          <EventSlide key={event.id} event={event} lookups={lookups} />
        ) : (
          <TitleSlide
            dataset={dataset}
            eventCount={visible.length}
            undatedCount={visible.length - firstUndatedIndex(visible)}
            narrowing={narrowingWords(summary)}
          />
        )}
      </div>
      <div className="story__controls" role="group" aria-label={t('timeline.slides')}>
        <button
          type="button"
          className="text-button"
          aria-label={t('timeline.previousSlide')}
          aria-keyshortcuts={keys.previous.key}
          disabled={index === -1}
          onClick={() => moveStory('previous')}
        >
          {keys.previous.arrow} <span className="story__button-words">{t('timeline.previous')}</span>
        </button>
        <p className="story__position" role="status" aria-live="polite" aria-atomic="true">
          {position}
        </p>
        <button
          type="button"
          className="text-button"
          aria-label={t('timeline.nextSlide')}
          aria-keyshortcuts={keys.next.key}
          disabled={index === visible.length - 1}
          onClick={() => moveStory('next')}
        >
          <span className="story__button-words">{t('timeline.next')}</span> {keys.next.arrow}
        </button>
      </div>
      <div className="story__navigator">{navigator}</div>
    </section>
  );
}
