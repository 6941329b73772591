// A horizontal swipe on a touch screen (or a pen) turns the slide (storyNavigation says which way:
// left for the next in a left-to-right page, right in a right-to-left one). Pointer events, so one handler serves every kind of touch; a mouse drag is left to
// select text. The slide's CSS (touch-action: pan-y) keeps vertical scrolling for the browser.
import { useRef, type PointerEvent } from 'react';

/** How far a finger must travel sideways, in CSS pixels, and how much more sideways than down. */
const MIN_SWIPE_PX = 50;
const SIDEWAYS_RATIO = 1.5;

export function useSwipe(onSwipe: (direction: 'left' | 'right') => void) {
  const start = useRef<{ id: number; x: number; y: number } | null>(null);
  return {
    onPointerDown: (event: PointerEvent) => {
      if (event.pointerType === 'mouse' || !event.isPrimary) return;
      start.current = { id: event.pointerId, x: event.clientX, y: event.clientY };
    },
    onPointerUp: (event: PointerEvent) => {
      const from = start.current;
      start.current = null;
      if (!from || from.id !== event.pointerId) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      if (Math.abs(dx) >= MIN_SWIPE_PX && Math.abs(dx) >= SIDEWAYS_RATIO * Math.abs(dy))
        onSwipe(dx < 0 ? 'left' : 'right');
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
}
