// Which way the timeline runs, decided by the frame's width, not by the device: across where a
// stack of labels fits, down the page (the layout readers know from phone timelines) where it does
// not. A link may ask for one; the frame decides otherwise, live as it is resized or turned.
import { useSyncExternalStore } from 'react';

export type TimelineLayout = 'horizontal' | 'vertical';

/** Narrower than this, labels across a time axis leave room for a label or two: events go down the page. */
const VERTICAL_QUERY = '(max-width: 599px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(VERTICAL_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const narrow = (): boolean => window.matchMedia(VERTICAL_QUERY).matches;

export function useTimelineLayout(requested: TimelineLayout | null = null): TimelineLayout {
  const isNarrow = useSyncExternalStore(subscribe, narrow, () => false);
  return requested ?? (isNarrow ? 'vertical' : 'horizontal');
}
