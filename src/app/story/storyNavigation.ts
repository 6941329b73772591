// Moving through the story: the title slide (no event selected), then the visible events in date
// order. Reads the store when called, so the buttons, keys and swipes share one set of moves.
import { useEffect } from 'react';
import { visibleEvents } from '../model/filtering/shownEvents';
import { slidePlace } from '../model/story/storySlides';
import { useNewslineStore } from '../store/store';
import { isTypingTarget } from '../ui/typingTarget';

export type StoryMove = 'previous' | 'next' | 'first' | 'last';

export function moveStory(move: StoryMove): void {
  const store = useNewslineStore.getState();
  const { dataset } = store;
  if (!dataset) return;
  const visible = visibleEvents(dataset, store.selectedActorIds, store.searchMatches);
  const place = slidePlace(dataset, visible, store.selectedEventId);
  if (place.kind === 'hidden') return; // about to move to the nearest visible one
  const index = place.kind === 'title' ? -1 : place.index;
  const target =
    move === 'first'
      ? -1
      : move === 'last'
        ? visible.length - 1
        : Math.min(Math.max(index + (move === 'next' ? 1 : -1), -1), visible.length - 1);
  store.selectEvent(target === -1 ? null : (visible[target]?.id ?? null));
}

const KEY_MOVES: Readonly<Record<string, StoryMove>> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  Home: 'first',
  End: 'last',
};

/** ←/→ step through the slides, Home and End go to the title and the last; typing in a field is left alone. */
export function useStoryKeyboard(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const move = KEY_MOVES[event.key];
      if (!move || isTypingTarget(event.target)) return;
      event.preventDefault();
      moveStory(move);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
