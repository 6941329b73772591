// Maps events to the plain records vis-timeline draws, and builds each item's content as text
// nodes (never an HTML string built from data: vis does not sanitise returned elements, vt#1860).
import type { TimelineEvent } from '../../schema/dataset';
import { placeEventDate } from '../domain/eventPlacement';
import { formatEventDate, isUncertainDate } from '../domain/formatDate';

export interface TimelineItemRecord {
  id: string;
  start: Date;
  end?: Date;
  type: 'box' | 'range';
  /** Unused by our template; vis requires the field. Never HTML. */
  content: string;
  className: string;
  label: string;
  dateLabel: string;
  uncertain: boolean;
}

export function toTimelineItem(event: TimelineEvent): TimelineItemRecord {
  const placement = placeEventDate(event.date);
  const uncertain = isUncertainDate(event.date);
  const classes = ['nl-item'];
  if (uncertain) classes.push('nl-item--uncertain');
  if (placement.atBound) classes.push('nl-item--at-bound');
  return {
    id: event.id,
    start: new Date(placement.start),
    ...(placement.end !== undefined ? { end: new Date(placement.end) } : {}),
    type: placement.end !== undefined ? 'range' : 'box',
    content: '',
    className: classes.join(' '),
    label: event.title,
    dateLabel: formatEventDate(event.date),
    uncertain,
  };
}

/** The DOM content of one item: its date (to its real precision) and its short title, as text. */
export function renderItemContent(
  item: Pick<TimelineItemRecord, 'label' | 'dateLabel' | 'uncertain'>,
): HTMLElement {
  const root = document.createElement('span');
  root.className = 'nl-item__content';
  root.title = `${item.dateLabel}: ${item.label}`; // the full title where the item truncates it
  const date = document.createElement('span');
  date.className = 'nl-item__date';
  date.textContent = item.dateLabel;
  if (item.uncertain) {
    const mark = document.createElement('span');
    mark.className = 'nl-item__uncertain-mark';
    mark.title = 'Uncertain date';
    mark.textContent = '?';
    date.prepend(mark);
  }
  const title = document.createElement('span');
  title.className = 'nl-item__title';
  title.textContent = item.label;
  root.append(date, title);
  return root;
}
