// The dataset's eras as vis background items: one band per era behind the events, from the first
// instant of its start to the last of its end, with its title as text at the band's top. Bands are
// few, so the controller feeds them all whatever the window (no windowing); with no group they span
// every lane. Tints alternate by the era's place in date order, so neighbours stay told apart. vis
// draws a band as it draws a range, so a band begun before the window keeps its title in view.
import type { Era } from '../../schema/dataset';
import { eraInterval, formatEraDates } from '../model/dates/eras';
import type { TimelineItemRecord } from './timelineItems';
import { t } from '../model/i18n/intl';

/** Era ids start with "~", like clusters' and tiles': no event id does. */
const ERA_ID_PREFIX = '~era/';

export const eraItemId = (eraId: string) => `${ERA_ID_PREFIX}${eraId}`;
export const isEraItemId = (id: string) => id.startsWith(ERA_ID_PREFIX);

export function toEraItems(eras: readonly Era[]): TimelineItemRecord[] {
  return eras
    .map((era) => ({ era, ...eraInterval(era) }))
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map(({ era, start, end }, index) => ({
      id: eraItemId(era.id),
      kind: 'era',
      start: new Date(start),
      end: new Date(end),
      type: 'background',
      // A click on a band is a click on empty space: it closes the panel, never selects the band.
      selectable: false,
      content: '',
      className: `nl-era nl-era--${index % 2 === 0 ? 'even' : 'odd'}`,
      label: era.title,
      dateLabel: formatEraDates(era),
      uncertain: false,
    }));
}

/** An era's title and dates, as text nodes (vis does not sanitise returned elements, vt#1860). */
export function renderEra(item: Pick<TimelineItemRecord, 'label' | 'dateLabel'>): HTMLElement {
  const root = document.createElement('span');
  root.className = 'nl-era__content';
  root.title = t('timeline.eraWithDates', { title: item.label, dates: item.dateLabel });
  const title = document.createElement('span');
  title.className = 'nl-era__title';
  title.textContent = item.label;
  root.append(title);
  return root;
}
