// Maps events and clusters to the plain records vis-timeline draws, and builds each item's content
// as text nodes (never an HTML string built from data: vis does not sanitise returned elements, vt#1860).
import type { Dataset, TimelineEvent } from '../../schema/dataset';
import type { DatePrecision } from '../../schema/partialDate';
import { chronology, type EventPlacement } from '../model/dates/eventPlacement';
import { formatEventDate, formatInstantRange, isUncertainDate } from '../model/dates/formatDate';
import { DAY_MS, type DisplayItem } from './timelineWindow';
import { formatCount } from '../model/formatCount';
import { datasetLookups } from '../model/datasetLookups';
import { t } from '../model/i18n/intl';

export interface TimelineItemRecord {
  id: string;
  kind: 'event' | 'cluster' | 'era';
  start: Date;
  end?: Date;
  type: 'box' | 'range' | 'background';
  /** False for what a click must not select (an era's band); vis's option otherwise. */
  selectable?: false;
  /** A bounded event's label ends at its latest instant ("right"); vis centres the others on their date. */
  align?: 'right';
  /** Inline custom properties only: how many days a bounded event's range reaches back. */
  style?: string;
  /** Unused by our template; vis requires the field. Never HTML. */
  content: string;
  className: string;
  label: string;
  dateLabel: string;
  uncertain: boolean;
  /** A cluster's number of events. */
  count?: number;
  /** The lane (vis group) it is drawn in, when the timeline has lanes. */
  group?: string;
}

type Cluster = Extract<DisplayItem, { kind: 'cluster' }>;

/**
 * What vis draws for an event at its placement. A date known only by its bounds is a label that ends
 * at its latest instant, with a range drawn back toward its earliest (open when the text gives none).
 */
export function toTimelineItem(event: TimelineEvent, placement: EventPlacement): TimelineItemRecord {
  const uncertain = isUncertainDate(event.date);
  const classes = ['nl-item'];
  if (uncertain) classes.push('nl-item--uncertain');
  const { possible } = placement;
  if (possible) {
    classes.push('nl-item--bounded');
    if (possible.earliest === null) classes.push('nl-item--open-start');
  }
  return {
    id: event.id,
    kind: 'event',
    start: new Date(placement.start),
    ...(placement.end !== undefined ? { end: new Date(placement.end) } : {}),
    type: placement.end !== undefined ? 'range' : 'box',
    ...(possible ? { align: 'right' as const } : {}),
    ...(possible?.earliest != null
      ? { style: `--reach-days: ${((possible.latest - possible.earliest) / DAY_MS).toFixed(2)}` }
      : {}),
    content: '',
    className: classes.join(' '),
    label: event.title,
    dateLabel: formatEventDate(event.date),
    uncertain,
  };
}

/** How to draw each dated event of a dataset, by id: null for an unknown or undated one. */
export function eventDescriber(dataset: Dataset): (eventId: string) => TimelineItemRecord | null {
  const { eventsById } = datasetLookups(dataset);
  const { placements } = chronology(dataset);
  return (id) => {
    const event = eventsById.get(id);
    const placement = placements.get(id);
    return event && placement ? toTimelineItem(event, placement) : null;
  };
}

/**
 * A cluster is drawn as a bar over the period it stands for, a little inset so neighbours do not
 * touch (vis would stack touching ranges), shaded by how many events it holds.
 */
export function toClusterItem(cluster: Cluster): TimelineItemRecord {
  const binMs = cluster.end - cluster.start;
  const inset = cluster.ongoing ? 0 : binMs * 0.04;
  const density = Math.min(4, Math.floor(Math.log10(cluster.count)));
  // Spans under way began before the window: their dates are as precise as the span they cover.
  const dates = formatInstantRange(
    cluster.first,
    cluster.last,
    labelPrecision(cluster.ongoing ? Math.max(cluster.last - cluster.first, binMs) : binMs),
  );
  return {
    id: cluster.id,
    kind: 'cluster',
    start: new Date(cluster.start + inset),
    end: new Date(cluster.end - inset),
    type: 'range',
    content: '',
    className: `nl-cluster nl-cluster--${cluster.ongoing ? 'ongoing' : density}`,
    label: t(cluster.ongoing ? 'timeline.clusterOngoing' : 'timeline.clusterEvents', {
      count: cluster.count,
    }),
    count: cluster.count,
    dateLabel: cluster.ongoing ? t('timeline.clusterBegun', { dates }) : dates,
    uncertain: false,
  };
}

/** A tile of a tiled timeline not read yet: drawn as its count, like a cluster. */
export interface TilePlaceholder {
  file: string;
  /** Epoch ms: where the tile's first and last events are placed. */
  start: number;
  end: number;
  /** Its events the filter would show, and that count in words ("up to 1,200 events"). */
  count: number;
  countWords: string;
  status: 'waiting' | 'reading' | 'failed';
}

/** Tile ids start like a cluster's ("~", which no event id does): a click zooms instead of selecting. */
const TILE_ID_PREFIX = '~tile/';

export const tileId = (file: string) => `${TILE_ID_PREFIX}${file}`;
export const isTileId = (id: string) => id.startsWith(TILE_ID_PREFIX);

export function toTileItem(tile: TilePlaceholder): TimelineItemRecord {
  // At least a day wide: a tile whose events share one day still has a bar to click.
  const end = Math.max(tile.end, tile.start + DAY_MS);
  return {
    id: tileId(tile.file),
    kind: 'cluster',
    start: new Date(tile.start),
    end: new Date(end),
    type: 'range',
    content: '',
    className: `nl-cluster nl-cluster--tile nl-cluster--tile-${tile.status}`,
    label: t('timeline.tileLabel', { countWords: tile.countWords, status: tile.status }),
    count: tile.count,
    dateLabel: formatInstantRange(tile.start, tile.end, labelPrecision(end - tile.start)),
    uncertain: false,
  };
}

/** The precision a cluster's dates are written to: no finer than its bins can tell apart. */
function labelPrecision(binMs: number): DatePrecision {
  if (binMs >= 256 * DAY_MS) return 'year';
  if (binMs >= 16 * DAY_MS) return 'month';
  return 'day';
}

/** The DOM content of one item, as text: an event's date and short title, or a cluster's count (an era's: eraItems.ts). */
export function renderItemContent(
  item: Pick<TimelineItemRecord, 'kind' | 'label' | 'dateLabel' | 'uncertain' | 'count'>,
): HTMLElement {
  return item.kind === 'cluster' ? renderCluster(item) : renderEvent(item);
}

function itemRoot(className: string): HTMLElement {
  const root = document.createElement('span');
  root.className = className;
  return root;
}

/** Marks an item's main text for the Element Timing API, so a page can tell when items were first painted. */
function markPaintTiming(element: HTMLElement): void {
  element.setAttribute('elementtiming', 'timeline-item');
}

function renderEvent(item: Pick<TimelineItemRecord, 'label' | 'dateLabel' | 'uncertain'>): HTMLElement {
  const root = itemRoot('nl-item__content');
  root.title = t('timeline.eventTitle', { date: item.dateLabel, title: item.label }); // the full title where the item truncates it
  const date = document.createElement('span');
  date.className = 'nl-item__date';
  date.textContent = item.dateLabel;
  if (item.uncertain) {
    const mark = document.createElement('span');
    mark.className = 'nl-item__uncertain-mark';
    mark.title = t('timeline.uncertainDate');
    mark.textContent = '?';
    date.prepend(mark);
  }
  const title = document.createElement('span');
  title.className = 'nl-item__title';
  title.dir = 'auto'; // the dataset's language, whatever the interface's
  title.textContent = item.label;
  markPaintTiming(title);
  root.append(date, title);
  return root;
}

function renderCluster(item: Pick<TimelineItemRecord, 'label' | 'dateLabel' | 'count'>): HTMLElement {
  const root = itemRoot('nl-cluster__content');
  // How many events it stands for, for a page (or a test) to read without parsing the words.
  root.dataset.count = String(item.count ?? 0);
  root.title = t('timeline.clusterTitle', { label: item.label, dates: item.dateLabel });
  // The number first and whole; the words after it give way when the bar is narrow ("20,680 ev…"
  // never). The number is the label's own figure, written as the language writes it ("20 680").
  const count = document.createElement('span');
  count.className = 'nl-cluster__count';
  const [number, words] = splitFigure(item.label, item.count);
  const unit = document.createElement('span');
  unit.className = 'nl-cluster__unit';
  unit.textContent = words;
  count.append(number, unit);
  markPaintTiming(count);
  const dates = document.createElement('span');
  dates.className = 'nl-cluster__dates';
  dates.textContent = item.dateLabel;
  root.append(count, dates);
  return root;
}

/**
 * A count's label as its figure and the words after it ("20,680" and " events"); a label that does
 * not open with its count (a tile's "up to 1,200 events", Arabic's "حدثان") keeps its first word as
 * the figure, as before.
 */
function splitFigure(label: string, count: number | undefined): [string, string] {
  const figure = count === undefined ? '' : formatCount(count);
  if (figure !== '' && label.startsWith(figure)) return [figure, label.slice(figure.length)];
  const space = label.indexOf(' ');
  return space === -1 ? [label, ''] : [label.slice(0, space), label.slice(space)];
}
