// The benchmark's floor: the same items, options and item template as the app, handed to
// vis-timeline the usual way (every event in one DataSet, a DataView filter), with no React, store,
// panel or windowing. `window.__bench` lets the runner filter it; `start` and `end` set its window.
import { DataSet, DataView } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import '../../../src/app/styles.css';
import { TIMELINE_OPTIONS } from '../../../src/app/timeline/TimelineController';
import { eventDescriber, type TimelineItemRecord } from '../../../src/app/timeline/timelineItems';
import { partialDateInterval } from '../../../src/schema/partialDate';
import type { Dataset } from '../../../src/schema/dataset';

declare global {
  interface Window {
    __bench?: {
      filter: (actorId: string | null) => void;
    };
  }
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
  new Timeline(container, view, { ...TIMELINE_OPTIONS, ...initialWindow });
  window.__bench = {
    filter: (id) => {
      actorId = id;
      view.refresh();
    },
  };
}

void main();
