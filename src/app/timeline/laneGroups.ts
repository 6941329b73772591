// Lanes as vis draws them: one group per lane, labelled with its name and count as text nodes
// (vis does not sanitise an element a template returns, vt#1860).
import type { Lane } from '../model/lanes/timelineLanes';
import type { TimelineEntry } from './timelineWindow';
import { t } from '../model/i18n/intl';

/** A lane handed to the controller: its events' places, in chronological order. */
export type TimelineLane = Lane<TimelineEntry>;

export interface LaneGroupRecord {
  id: string;
  /** Unused by our template; vis requires the field. Never HTML. */
  content: string;
  order: number;
  label: string;
  count: number;
  className: string;
}

/** A lane's label: its name, whole on a line of its own where it can, and how many events it holds. */
export function renderLaneLabel(group: Pick<LaneGroupRecord, 'label' | 'count'> | null): HTMLElement {
  const root = document.createElement('span');
  root.className = 'nl-lane__label';
  if (!group) return root;
  const name = document.createElement('span');
  name.className = 'nl-lane__name';
  name.textContent = group.label;
  const count = document.createElement('span');
  count.className = 'nl-lane__count';
  count.textContent = t('common.events', { count: group.count });
  root.title = t('timeline.laneTitle', { lane: group.label, events: count.textContent });
  root.append(name, count);
  return root;
}
