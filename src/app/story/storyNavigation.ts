// Moving through the story: the title slide (no event selected), then the visible events in date
// order. Reads the store when called, so the buttons, keys and swipes share one set of moves. Slides
// follow the reading order: in a right-to-left language the next slide lies to the left, so ← and
// a swipe to the right go next, and the buttons' arrows point that way.
import { useEffect } from 'react';
import { visibleEvents } from '../model/filtering/shownEvents';
import { slidePlace } from '../model/story/storySlides';
import { useNewslineStore } from '../store/store';
import { isTypingTarget } from '../ui/typingTarget';
import { interfaceDirection } from '../model/i18n/intl';

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

type Direction = 'ltr' | 'rtl';

const KEY_MOVES: Readonly<Record<Direction, Readonly<Record<string, StoryMove>>>> = {
  ltr: { ArrowRight: 'next', ArrowLeft: 'previous', Home: 'first', End: 'last' },
  rtl: { ArrowLeft: 'next', ArrowRight: 'previous', Home: 'first', End: 'last' },
};

/** The move a key makes in a page read in `direction`, or undefined for another key. */
export function storyMoveForKey(
  key: string,
  direction: Direction = interfaceDirection(),
): StoryMove | undefined {
  return KEY_MOVES[direction][key];
}

/** A swipe moves the slides with the finger: the next slide comes in from where the reading goes. */
export function storyMoveForSwipe(
  swipe: 'left' | 'right',
  direction: Direction = interfaceDirection(),
): 'next' | 'previous' {
  return (swipe === 'left') === (direction === 'ltr') ? 'next' : 'previous';
}

/** The arrow each button shows and the key it answers to: toward where it goes on the page. */
export function storyButtonKeys(direction: Direction = interfaceDirection()) {
  return direction === 'ltr'
    ? { previous: { arrow: '←', key: 'ArrowLeft' }, next: { arrow: '→', key: 'ArrowRight' } }
    : { previous: { arrow: '→', key: 'ArrowRight' }, next: { arrow: '←', key: 'ArrowLeft' } };
}

/** ←/→ step through the slides (in reading order), Home and End go to the title and the last; typing in a field is left alone. */
export function useStoryKeyboard(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const move = storyMoveForKey(event.key);
      if (!move || isTypingTarget(event.target)) return;
      event.preventDefault();
      moveStory(move);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
