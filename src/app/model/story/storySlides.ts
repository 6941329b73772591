// Story mode's slides are the visible events in the app's chronological order, after a title
// slide. The current slide is the selected event (null: the title slide), so a slide link and an
// event link are one. Pure, and logarithmic in the number of events: a story of 100,000 events
// costs no more to step through than one of ten.
import type { Dataset, TimelineEvent } from '../../../schema/dataset';
import { chronology, indexInChronologicalList } from '../dates/eventPlacement';
import { datasetLookups } from '../datasetLookups';

/** Where the reader is in the story: the title slide, or the `index`th of the visible events. */
export type SlidePlace = { kind: 'title' } | { kind: 'event'; index: number } | { kind: 'hidden' };

export function slidePlace(
  dataset: Dataset,
  visible: readonly TimelineEvent[],
  eventId: string | null,
): SlidePlace {
  if (eventId === null) return { kind: 'title' };
  const index = indexInChronologicalList(dataset, visible, eventId);
  return index === -1 ? { kind: 'hidden' } : { kind: 'event', index };
}

/**
 * The visible event nearest in the chronology to one the filter or search has just hidden: the
 * next one, or the one before where none follows; null when nothing is visible (or the event is
 * not in the dataset).
 */
export function nearestVisibleEvent(
  dataset: Dataset,
  visible: readonly TimelineEvent[],
  eventId: string,
): TimelineEvent | null {
  const { rank } = chronology(dataset);
  const event = datasetLookups(dataset).eventsById.get(eventId);
  const wanted = event === undefined ? undefined : rank.get(event);
  if (wanted === undefined || visible.length === 0) return null;
  let low = 0;
  let high = visible.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((rank.get(visible[middle]!) ?? -1) < wanted) low = middle + 1;
    else high = middle;
  }
  return visible[low] ?? visible[visible.length - 1] ?? null;
}
