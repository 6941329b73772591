// ← and → walk the visible events in date order, Esc closes the panel; typing in a field is left alone.
import { useEffect } from 'react';
import { useNewslineStore } from '../store/store';
import { closePanel } from './closePanel';
import { isTypingTarget } from '../ui/typingTarget';

export function handleEventKey(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  // Typing in a field, or any key inside a modal dialog (its Esc closes the dialog, not the panel).
  if (isTypingTarget(event.target)) return false;
  const store = useNewslineStore.getState();
  if (event.key === 'ArrowRight') store.selectAdjacentEvent(1);
  else if (event.key === 'ArrowLeft') store.selectAdjacentEvent(-1);
  else if (event.key === 'Escape' && store.selectedEventId !== null) closePanel();
  else if (
    event.key === 'Enter' &&
    store.selectedEventId === null &&
    event.target instanceof Element &&
    event.target.hasAttribute('data-opens-on-enter')
  ) {
    store.selectAdjacentEvent(1);
  } else return false;
  return true;
}

export function useEventKeyboard(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (handleEventKey(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
