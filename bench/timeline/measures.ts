// What the timeline benchmark measures on each page, what one run records, and how runs become the
// rows of its tables: medians with their spread, and the app's time as a ratio of each vis page's,
// taken run by run (the pages are interleaved, so run i of each ran under the same load).
import type { LoadDuringRun } from '../machineLoad';
import { formatNumber, formatSpread, spread, type Spread } from '../report';
import type { InteractionTiming, PanTiming, ProbeReport } from './pageProbe';

export type PageKind = 'app' | 'lanes' | 'tiles' | 'cluster' | 'bare';

export const PAGES: Record<PageKind, { label: string; path: string }> = {
  app: { label: 'Newsline', path: '/?' },
  // The same app with a lane per actor (the six busiest and Other): each lane windowed and clustered.
  lanes: { label: 'Newsline, lanes by actor', path: '/?lanes=actor&' },
  // The same app, given the archive as time tiles (`npm run tiles`) instead of one file.
  tiles: { label: 'Newsline, tiles', path: '/?' },
  cluster: { label: 'vis + cluster', path: '/bare/?cluster&' },
  bare: { label: 'vis alone', path: '/bare/?' },
};

/** Each run opens a fresh page for each phase, so one that fails or hangs costs only its own measures. */
export type PhaseName = 'whole' | 'coldClick' | 'pannedClick';

export const LOAD_LIMIT_MS = 180_000;
export const STEP_LIMIT_MS = 60_000;

interface MeasureDefinition {
  label: string;
  digits: number;
  phase: PhaseName;
  /** Its step's time limit, when it is a time that can run out. */
  limitMs?: number;
}

export const MEASURES = {
  firstPaintMs: {
    label: 'first painted frame, whole archive',
    digits: 0,
    phase: 'whole',
    limitMs: LOAD_LIMIT_MS,
  },
  firstEventWholeMs: { label: '  first event drawn as itself (not a cluster)', digits: 0, phase: 'whole' },
  // The app's own User Timing marks, since navigation: where its load time goes.
  downloadedMs: { label: '  of which: file downloaded', digits: 0, phase: 'whole' },
  checkedMs: { label: '  parsed and checked (worker)', digits: 0, phase: 'whole' },
  storedMs: { label: '  whole dataset in the store', digits: 0, phase: 'whole' },
  periodPaintMs: {
    label: 'first painted frame, two weeks',
    digits: 0,
    phase: 'coldClick',
    limitMs: LOAD_LIMIT_MS,
  },
  firstEventPeriodMs: { label: '  first event drawn as itself', digits: 0, phase: 'coldClick' },
  pageHeapMiB: { label: 'JS heap after load: page (MiB)', digits: 1, phase: 'whole' },
  workerHeapMiB: { label: '  workers (MiB)', digits: 1, phase: 'whole' },
  totalHeapMiB: { label: '  page + workers (MiB)', digits: 1, phase: 'whole' },
  zoomMs: { label: 'zoom step (wheel), to settled paint', digits: 0, phase: 'whole', limitMs: STEP_LIMIT_MS },
  zoomTaskMs: { label: '  main-thread time', digits: 0, phase: 'whole' },
  filterMs: { label: 'actor filter, to settled paint', digits: 0, phase: 'whole', limitMs: STEP_LIMIT_MS },
  filterTaskMs: { label: '  main-thread time', digits: 0, phase: 'whole' },
  unfilterMs: {
    label: 'filter removed, to settled paint',
    digits: 0,
    phase: 'whole',
    limitMs: STEP_LIMIT_MS,
  },
  unfilterTaskMs: { label: '  main-thread time', digits: 0, phase: 'whole' },
  coldClickMs: {
    label: 'click, no pan first: to panel painted',
    digits: 0,
    phase: 'coldClick',
    limitMs: STEP_LIMIT_MS,
  },
  coldClickSettledMs: { label: '  to settled paint', digits: 0, phase: 'coldClick', limitMs: STEP_LIMIT_MS },
  coldClickTaskMs: { label: '  main-thread time', digits: 0, phase: 'coldClick' },
  panMoveP95Ms: {
    label: 'pan 1 s: drag move to paint, p95',
    digits: 0,
    phase: 'pannedClick',
    limitMs: STEP_LIMIT_MS,
  },
  panTaskMs: { label: '  main-thread time per s of drag', digits: 0, phase: 'pannedClick' },
  clickMs: {
    label: 'click after the pan: to panel painted',
    digits: 0,
    phase: 'pannedClick',
    limitMs: STEP_LIMIT_MS,
  },
  clickSettledMs: { label: '  to settled paint', digits: 0, phase: 'pannedClick', limitMs: STEP_LIMIT_MS },
  clickTaskMs: { label: '  main-thread time', digits: 0, phase: 'pannedClick' },
  jsKiB: { label: 'JS loaded (KiB)', digits: 0, phase: 'whole' },
  jsGzipKiB: { label: '  gzip (KiB)', digits: 0, phase: 'whole' },
  cssKiB: { label: 'CSS loaded (KiB)', digits: 0, phase: 'whole' },
  cssGzipKiB: { label: '  gzip (KiB)', digits: 1, phase: 'whole' },
} satisfies Record<string, MeasureDefinition>;

export type MeasureKey = keyof typeof MEASURES;

/** The app's own User Timing marks: the vis pages have none. */
export const APP_ONLY_MEASURES = new Set<MeasureKey>(['downloadedMs', 'checkedMs', 'storedMs']);

export const MEASURE_KEYS = Object.keys(MEASURES) as MeasureKey[];

/** Measures that are not times: no ratio is printed for them. */
const NOT_TIMES = new Set<MeasureKey>(['jsKiB', 'jsGzipKiB', 'cssKiB', 'cssGzipKiB']);

/** One run of one page at one size. */
export interface Run {
  page: PageKind;
  /** 1-based: run i of every page ran one after the other. */
  index: number;
  values: Partial<Record<MeasureKey, number>>;
  /** Slower than their step's limit (or not tried again after that: see `notRetried`). */
  timedOut: MeasureKey[];
  notRetried: MeasureKey[];
  /** Not measured: the page failed to load or an earlier step failed. */
  failed: MeasureKey[];
  /** Looked for and never there: no event drawn as itself at first paint. */
  absent: MeasureKey[];
  failures: string[];
  /** What the probe saw of each load, by its first-paint measure (Element Timing's figures included). */
  loadReports: Partial<Record<MeasureKey, ProbeReport>>;
  /** The raw timings behind each interaction's figures (Event Timing entries included). */
  interactions: Record<string, InteractionTiming & { taskMs: number }>;
  /** Every drag move's time to paint, the frames' gaps, and the main thread's time over the drag. */
  pan: (PanTiming & { taskMs: number; taskMsPerSecond: number }) | null;
  /** Any page's Web Workers seen when the heap was read. */
  workerCount: number | null;
  load: LoadDuringRun;
  durationMs: number;
}

export type RunsByPage = Partial<Record<PageKind, Run[]>>;

export function summarise(runs: readonly Run[], key: MeasureKey): Spread | null {
  return spread(runs.flatMap((run) => run.values[key] ?? []));
}

function limitOf(key: MeasureKey): number | null {
  const definition: MeasureDefinition = MEASURES[key];
  return definition.limitMs ?? null;
}

/**
 * A page's cell: the spread of its runs' values, or why there is none. Runs that ran out of time
 * are counted apart ("+ 2 runs > 60,000"), never mixed into the spread.
 */
export function cell(runs: readonly Run[], key: MeasureKey): string {
  const value = summarise(runs, key);
  const limit = limitOf(key);
  const slow = runs.filter((run) => run.timedOut.includes(key)).length;
  const beyond = limit === null ? '' : `> ${formatNumber(limit, 0)}`;
  if (value)
    return slow > 0
      ? `${formatSpread(value, MEASURES[key].digits)} + ${slow} ${beyond}`
      : formatSpread(value, MEASURES[key].digits);
  if (slow > 0 && limit !== null) return beyond;
  if (runs.some((run) => run.absent.includes(key))) return 'none drawn';
  if (runs.some((run) => run.failed.includes(key))) return 'failed';
  return 'n/a';
}

/**
 * The app's value over another page's, run by run (run i of one against run i of the other):
 * median and spread of those ratios, or null where no run has both.
 */
export function pairedRatios(app: readonly Run[], other: readonly Run[], key: MeasureKey): Spread | null {
  const ratios: number[] = [];
  for (const run of app) {
    const mine = run.values[key];
    const theirs = other.find((candidate) => candidate.index === run.index)?.values[key];
    if (mine !== undefined && theirs !== undefined && theirs > 0) ratios.push(mine / theirs);
  }
  return spread(ratios);
}

function ratioCell(app: readonly Run[], other: readonly Run[] | undefined, key: MeasureKey): string {
  if (!other || NOT_TIMES.has(key) || key.endsWith('MiB')) return '';
  const ratio = pairedRatios(app, other, key);
  if (ratio) return formatSpread(ratio, 2);
  // The other page ran out of time where the app did not: the ratio is at most the app's / the limit.
  const limit = limitOf(key);
  const appValue = summarise(app, key);
  if (appValue && limit !== null && other.some((run) => run.timedOut.includes(key)))
    return `< ${(appValue.median / limit).toFixed(4)}`;
  return 'n/a';
}

export function tableHeader(pages: readonly PageKind[]): string[] {
  const others = pages.filter((page) => page !== 'app');
  return [
    'measure (ms unless stated)',
    ...pages.map((page) => PAGES[page].label),
    ...(pages.includes('app') ? others.map((page) => `${PAGES.app.label} ÷ ${PAGES[page].label}`) : []),
  ];
}

export function tableRows(pages: readonly PageKind[], runsByPage: RunsByPage): string[][] {
  const app = runsByPage.app;
  const others = pages.filter((page) => page !== 'app');
  const measureRows = MEASURE_KEYS.filter((key) =>
    pages.some((page) => cell(runsByPage[page] ?? [], key) !== 'n/a'),
  ).map((key) => [
    MEASURES[key].label,
    ...pages.map((page) => cell(runsByPage[page] ?? [], key)),
    ...(app ? others.map((page) => ratioCell(app, runsByPage[page], key)) : []),
  ]);
  const blank = others.map(() => '');
  const loadRow = (label: string, digits: number, value: (run: Run) => number | null) => [
    label,
    ...pages.map((page) => {
      const values = (runsByPage[page] ?? []).flatMap((run) => value(run) ?? []);
      const summary = spread(values);
      return summary ? formatSpread(summary, digits) : 'n/a';
    }),
    ...(app ? blank : []),
  ];
  return [
    ...measureRows,
    loadRow('machine load (1-min average) at run start', 2, (run) => run.load.load1Before),
    loadRow("other processes' CPU during the run (cores)", 2, (run) => run.load.otherCpuCores),
    loadRow('run time, three pages loaded (s)', 0, (run) => run.durationMs / 1000),
  ];
}

/** What the table cannot say: failures, and steps not tried again after running out of time. */
export function notes(runsByPage: RunsByPage): string[] {
  return Object.entries(runsByPage).flatMap(([page, runs]) =>
    runs.flatMap((run) =>
      run.failures.map((failure) => `${PAGES[page as PageKind].label}, run ${run.index}: ${failure}`),
    ),
  );
}
