// The benchmark's anchors: the same items, options and item template as the app, handed to
// vis-timeline the usual way (every event in one DataSet, a DataView filter), with no React, store,
// panel or windowing. With `cluster` in the URL, vis's own `cluster` option folds dense periods as an
// expert would set it up; without, it is vis alone. `actor` names the actor the page's checkbox
// filters by (the runner clicks it as it clicks the app's); `start` and `end` set its window.
import { DataSet, DataView } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import '../../../src/app/styles.css';
import { TIMELINE_OPTIONS } from '../../../src/app/timeline/TimelineController';
import {
  eventDescriber,
  renderItemContent,
  type TimelineItemRecord,
} from '../../../src/app/timeline/timelineItems';
import { formatInstantRange } from '../../../src/app/model/dates/formatDate';
import { partialDateInterval } from '../../../src/schema/partialDate';
import type { Dataset } from '../../../src/schema/dataset';

const DAY_MS = 86_400_000;
/** As the app sizes its bins' capacity: a third of the 34-px rows that fit above the 44-px axis. */
const ROW_PX = 34;
const AXIS_PX = 44;

/** What vis hands the template for one of its clusters (`ClusterItem.data`). */
interface VisCluster {
  isCluster: true;
  uiItems: { data: TimelineItemRecord }[];
}

/** A vis cluster drawn by the app's template, as the app draws its own: count and dates. */
function clusterContent(cluster: VisCluster): HTMLElement {
  let first = Infinity;
  let last = -Infinity;
  for (const { data } of cluster.uiItems) {
    first = Math.min(first, data.start.getTime());
    last = Math.max(last, (data.end ?? data.start).getTime());
  }
  const span = last - first;
  const precision = span >= 256 * DAY_MS ? 'year' : span >= 16 * DAY_MS ? 'month' : 'day';
  const count = cluster.uiItems.length;
  return renderItemContent({
    kind: 'cluster',
    label: `${count.toLocaleString('en-GB')} events`,
    dateLabel: formatInstantRange(first, last, precision),
    uncertain: false,
    count,
  });
}

function clusterOptions(container: HTMLElement): TimelineOptions {
  return {
    cluster: {
      maxItems: Math.max(2, Math.floor((container.clientHeight - AXIS_PX) / ROW_PX / 3)),
      titleTemplate: '{count} events',
      showStipes: false,
    },
    template: (item: TimelineItemRecord | VisCluster) =>
      'isCluster' in item ? clusterContent(item) : renderItemContent(item),
  };
}

/** The checkbox beside the timeline that filters by the actor the runner named. */
function showFilter(dataset: Dataset, actorId: string, onChange: (checked: boolean) => void): void {
  const actor = dataset.actors.find((candidate) => candidate.id === actorId);
  const label = document.getElementById('filter');
  if (!actor || !label) return;
  const count = dataset.events.filter((event) => event.actorIds.includes(actorId)).length;
  label.querySelector('span')!.textContent = `${actor.name} (${count.toLocaleString('en-GB')})`;
  label.querySelector('input')!.addEventListener('change', (event) => {
    onChange((event.target as HTMLInputElement).checked);
  });
  label.hidden = false;
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const response = await fetch(params.get('data') ?? '');
  // The runner's own generated file: trusted here, unlike anything the app loads.
  const dataset = (await response.json()) as Dataset;
  const actorsOf = new Map(dataset.events.map((event) => [event.id, event.actorIds]));
  let actorId: string | null = null;
  // Undated events have no item: the app lists them apart.
  const describe = eventDescriber(dataset);
  const items = new DataSet<TimelineItemRecord, 'id'>(
    dataset.events.flatMap((event) => describe(event.id) ?? []),
  );
  const view = new DataView(items, {
    filter: (item) => actorId === null || (actorsOf.get(item.id)?.includes(actorId) ?? false),
  });
  const start = params.get('start');
  const end = params.get('end');
  const initialWindow =
    start && end ? { start: partialDateInterval(start).start, end: partialDateInterval(end).end } : {};
  const container = document.getElementById('timeline');
  if (!container) throw new Error('no #timeline');
  new Timeline(container, view, {
    ...TIMELINE_OPTIONS,
    // Unless told the direction, vis hides the timeline until its initial draw is done, which with a
    // start and end given waits for a range change that may never come: the page stays blank.
    rtl: false,
    ...initialWindow,
    ...(params.has('cluster') ? clusterOptions(container) : {}),
  });
  const filterActor = params.get('actor');
  if (filterActor)
    showFilter(dataset, filterActor, (checked) => {
      actorId = checked ? filterActor : null;
      view.refresh();
    });
}

void main();
