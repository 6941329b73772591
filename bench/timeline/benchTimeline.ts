// `npm run bench`: builds the app and a bare vis-timeline page, then drives both in Chromium over
// generated datasets of 1,000, 10,000 and 100,000 events, each run on a fresh page, and prints the
// medians (with min and max) side by side, with the app's cost as a ratio to the bare page's.
// Benchmarks report; they never assert on a time.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../scripts/chromium';
import type { Dataset } from '../../src/schema/dataset';
import {
  RESULTS_DIR,
  describeMachine,
  formatNumber,
  markdownTable,
  percentile,
  printTable,
  spread,
  writeResults,
} from '../report';
import { generateArchive } from '../../src/testing/syntheticArchive';
import { installProbe, type ProbeReport } from './pageProbe';
import { serveFolders } from './staticServer';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA_DIR = join(RESULTS_DIR, 'data');
const BARE_DIST = join(RESULTS_DIR, 'build', 'bare');
const VIEWPORT = { width: 1280, height: 800 };
const LOAD_LIMIT_MS = 180_000;
const STEP_LIMIT_MS = 60_000;
const PAN_MS = 1_000;

type PageKind = 'app' | 'bare';

/** One run's measures; null where the step could not be measured (crash, time limit). */
interface Run {
  firstPaintMs: number | null;
  firstItemInDomMs: number | null;
  downloadedMs: number | null;
  checkedMs: number | null;
  storedMs: number | null;
  heapMiB: number | null;
  filterMs: number | null;
  unfilterMs: number | null;
  zoomMs: number | null;
  panFrameP95Ms: number | null;
  selectMs: number | null;
  selectSettledMs: number | null;
  jsKiB: number | null;
  jsGzipKiB: number | null;
  cssKiB: number | null;
  cssGzipKiB: number | null;
  /** Measures whose step ran out of time: slower than STEP_LIMIT_MS. */
  timedOut: MeasureKey[];
  failure?: string;
}

type MeasureKey = Exclude<keyof Run, 'failure' | 'timedOut'>;

const MEASURES: { key: MeasureKey; label: string; digits: number }[] = [
  { key: 'firstPaintMs', label: 'first painted items (ms)', digits: 0 },
  { key: 'firstItemInDomMs', label: 'first items in the DOM (ms)', digits: 0 },
  // The app's own User Timing marks: where its load time goes.
  { key: 'downloadedMs', label: '  of which: file downloaded (ms)', digits: 0 },
  { key: 'checkedMs', label: '  parsed and checked (worker) (ms)', digits: 0 },
  { key: 'storedMs', label: '  in the store (ms)', digits: 0 },
  { key: 'heapMiB', label: 'JS heap after load (MiB)', digits: 1 },
  { key: 'filterMs', label: 'actor filter, to repaint (ms)', digits: 0 },
  { key: 'unfilterMs', label: 'filter removed, to repaint (ms)', digits: 0 },
  { key: 'zoomMs', label: 'zoom step, to repaint (ms)', digits: 0 },
  { key: 'selectMs', label: 'click event, to panel painted (ms)', digits: 0 },
  { key: 'selectSettledMs', label: 'click event, to page settled (ms)', digits: 0 },
  { key: 'panFrameP95Ms', label: 'pan: p95 frame time (ms)', digits: 1 },
  { key: 'jsKiB', label: 'JS loaded (KiB)', digits: 0 },
  { key: 'jsGzipKiB', label: 'JS loaded, gzip (KiB)', digits: 0 },
  { key: 'cssKiB', label: 'CSS loaded (KiB)', digits: 0 },
  { key: 'cssGzipKiB', label: 'CSS loaded, gzip (KiB)', digits: 1 },
];

function readOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      sizes: { type: 'string', default: '1000,10000,100000' },
      pages: { type: 'string', default: 'app,bare' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const pages = values.pages.split(',');
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1))
    throw new Error('--sizes: positive integers');
  if (pages.some((page) => page !== 'app' && page !== 'bare')) throw new Error('--pages: app and/or bare');
  return { runs, sizes, pages: pages as PageKind[], build: !values['no-build'] };
}

function build(): void {
  for (const args of [
    ['vite', 'build', '--logLevel', 'warn'],
    ['vite', 'build', '--config', 'bench/timeline/vite.bare.config.ts'],
  ]) {
    const result = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`npx ${args.join(' ')} failed`);
  }
}

/** What the runner needs to know of a dataset: its file, an actor to filter by, a narrow window. */
interface Scenario {
  size: number;
  dataPath: string;
  filterActor: { id: string; name: string; share: number };
  /** Two weeks (the deepest zoom) around the median event, as the start/end URL parameters take them. */
  narrowWindow: { start: string; end: string };
}

function prepareScenario(size: number): Scenario {
  const dataset = generateArchive(size);
  mkdirSync(DATA_DIR, { recursive: true });
  const file = `bench-${size}.json`;
  writeFileSync(join(DATA_DIR, file), JSON.stringify(dataset));
  return {
    size,
    dataPath: `/data/${file}`,
    filterActor: actorKeepingAThird(dataset),
    narrowWindow: narrowWindow(dataset),
  };
}

function actorKeepingAThird(dataset: Dataset): Scenario['filterActor'] {
  const counts = new Map<string, number>();
  for (const event of dataset.events)
    for (const id of event.actorIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const total = dataset.events.length;
  const [id, count] = [...counts].sort(
    ([, a], [, b]) => Math.abs(a / total - 1 / 3) - Math.abs(b / total - 1 / 3),
  )[0]!;
  const name = dataset.actors.find((actor) => actor.id === id)!.name;
  return { id, name, share: count / total };
}

function narrowWindow(dataset: Dataset): Scenario['narrowWindow'] {
  const days = dataset.events
    .map((event) => (event.date.basis === 'bounded' ? null : event.date.start))
    .filter((date): date is string => date !== null && date.length === 10)
    .sort();
  const middle = Date.parse(days[Math.floor(days.length / 2)]!);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { start: iso(middle - 7 * 86_400_000), end: iso(middle + 6 * 86_400_000) };
}

class StepFailed extends Error {
  /** The measure the step was for, when it ran out of time. */
  constructor(
    message: string,
    readonly measure?: MeasureKey,
  ) {
    super(message);
  }
}

async function within<T>(promise: Promise<T>, ms: number, step: string, crashed: Promise<never>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    const measure = MEASURES.find(({ key }) => key === step)?.key;
    timer = setTimeout(() => reject(new StepFailed(`${step}: no result within ${ms / 1000} s`, measure)), ms);
  });
  try {
    return await Promise.race([promise, limit, crashed]);
  } finally {
    clearTimeout(timer);
  }
}

async function openPage(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', deviceScaleFactor: 1 });
  const page = await context.newPage();
  // tsx names functions with an `__name` helper that the page does not have.
  await page.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((target) => target);' });
  await page.addInitScript(installProbe);
  const assets: { path: string; body: Promise<Buffer | null> }[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    // A body can be gone by the time it is read (a closed page); count only what arrived.
    if (/\.(js|css)$/.test(path)) assets.push({ path, body: response.body().catch(() => null) });
  });
  const crashed = new Promise<never>((_, reject) =>
    page.on('crash', () => reject(new StepFailed('the page crashed'))),
  );
  crashed.catch(() => {}); // observed by `within`; never unhandled
  await page.goto(url);
  const report = await within(
    waitForReport(page, (r) => r.firstItemPainted !== null),
    LOAD_LIMIT_MS,
    'firstPaintMs',
    crashed,
  );
  await within(
    page.evaluate(() => window.__probe!.quiet(500)),
    LOAD_LIMIT_MS,
    'settle after load',
    crashed,
  );
  return { context, page, assets, crashed, report };
}

async function waitForReport(page: Page, done: (report: ProbeReport) => boolean): Promise<ProbeReport> {
  for (;;) {
    const report = await page.evaluate(() => window.__probe!.report());
    if (done(report)) return report;
    await page.waitForTimeout(50);
  }
}

/**
 * Measures an interaction: `act` triggers it; the probe times it until the page has repainted. A step
 * that takes longer than STEP_LIMIT_MS (vis re-adding thousands of items can block for minutes)
 * fails the rest of its phase: only closing the page stops it.
 */
async function measure(
  page: Page,
  crashed: Promise<never>,
  step: string,
  act: () => Promise<void>,
): Promise<number> {
  const timed = async () => {
    await act();
    const ms = await page.evaluate(() => window.__probe!.settled());
    if (ms === null) throw new StepFailed(`${step}: the page kept changing`);
    await page.evaluate(() => window.__probe!.quiet(300));
    return ms;
  };
  return within(timed(), STEP_LIMIT_MS, step, crashed);
}

async function timelineCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('.vis-center').first().boundingBox();
  if (!box) throw new StepFailed('no timeline on the page');
  return { x: box.x + box.width / 2, y: box.y + box.height * 0.6 };
}

function emptyRun(): Run {
  const run = { timedOut: [] as MeasureKey[] } as unknown as Run;
  for (const { key } of MEASURES) run[key] = null;
  return run;
}

async function runOnce(browser: Browser, origin: string, kind: PageKind, scenario: Scenario): Promise<Run> {
  const run = emptyRun();
  const base = `${origin}${kind === 'app' ? '/' : '/bare/'}?data=${encodeURIComponent(scenario.dataPath)}`;
  const failures: string[] = [];
  // Each phase on a fresh page, so one that fails or hangs costs only its own measures.
  for (const phase of [measureWhole, measurePeriod]) {
    let page: Awaited<ReturnType<typeof openPage>> | null = null;
    try {
      page = await phase(browser, base, kind, scenario, run, (opened) => (page = opened));
    } catch (error) {
      if (!(error instanceof StepFailed)) throw error;
      failures.push(error.message);
      if (error.measure) run.timedOut.push(error.measure);
    } finally {
      await page?.context.close().catch(() => {});
    }
  }
  if (failures.length > 0) run.failure = failures.join('; ');
  return run;
}

type Phase = (
  browser: Browser,
  base: string,
  kind: PageKind,
  scenario: Scenario,
  run: Run,
  opened: (page: Awaited<ReturnType<typeof openPage>>) => void,
) => Promise<Awaited<ReturnType<typeof openPage>>>;

/** Everything, fitted: load, memory, bytes, a zoom step, then a filter and its removal. */
const measureWhole: Phase = async (browser, base, kind, scenario, run, opened) => {
  const whole = await openPage(browser, base);
  opened(whole);
  const { page, crashed } = whole;
  run.firstPaintMs = whole.report.firstItemPainted;
  run.firstItemInDomMs = whole.report.firstItemInDom;
  const marks = await page.evaluate(() =>
    performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime] as const),
  );
  const mark = (name: string) => marks.find(([markName]) => markName === `newsline:${name}`)?.[1] ?? null;
  run.downloadedMs = mark('downloaded');
  run.checkedMs = mark('checked');
  run.storedMs = mark('stored');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  run.heapMiB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 ** 2;
  Object.assign(run, await assetSizes(whole.assets));

  const centre = await timelineCentre(page);
  await page.mouse.move(centre.x, centre.y);
  const axis = () => page.locator('.vis-time-axis .vis-text').allTextContents();
  const axisBefore = await axis();
  run.zoomMs = await measure(page, crashed, 'zoomMs', async () => {
    await page.evaluate(() => window.__probe!.arm('wheel'));
    await page.mouse.wheel(0, -120);
  });
  if ((await axis()).join() === axisBefore.join()) throw new StepFailed('zoom: the window did not change');

  const { id, name } = scenario.filterActor;
  const checkbox = page.getByRole('checkbox', { name: new RegExp(`^${name} `) });
  const filterBy = async (actorId: string | null) => {
    if (kind === 'bare') {
      await page.evaluate((a) => window.__probe!.runAndSettle(() => window.__bench!.filter(a)), actorId);
      return;
    }
    await page.evaluate(() => window.__probe!.arm('pointerdown'));
    await checkbox.click();
  };
  run.filterMs = await measure(page, crashed, 'filterMs', () => filterBy(id));
  // Last: on the bare page, re-adding two thirds of the items can block for minutes.
  run.unfilterMs = await measure(page, crashed, 'unfilterMs', () => filterBy(null));
  return whole;
};

/** Two weeks, as a reader going through a period day by day sees it: pan, then open an event. */
const measurePeriod: Phase = async (browser, base, kind, scenario, run, opened) => {
  const { start, end } = scenario.narrowWindow;
  const period = await openPage(browser, `${base}&start=${start}&end=${end}`);
  opened(period);
  const { page, crashed } = period;
  run.panFrameP95Ms = await within(panFrameP95(page), STEP_LIMIT_MS, 'panFrameP95Ms', crashed);
  await within(
    page.evaluate(() => window.__probe!.quiet(300)),
    STEP_LIMIT_MS,
    'settle after pan',
    crashed,
  );
  const target = await eventNearCentre(page);
  // The app's panel; the bare page has none, so its selection highlight stands in.
  const shown = kind === 'app' ? '[data-testid="event-panel"]' : '.vis-item.vis-selected';
  await page.evaluate((selector) => window.__probe!.armUntilShown('pointerdown', selector), shown);
  await page.mouse.click(target.x, target.y);
  run.selectMs = await within(
    page.evaluate(() => window.__probe!.shown()),
    STEP_LIMIT_MS,
    'selectMs',
    crashed,
  );
  run.selectSettledMs = await measure(page, crashed, 'selectSettledMs', async () => {});
  return period;
};

async function assetSizes(assets: { path: string; body: Promise<Buffer | null> }[]) {
  const sizes = { jsKiB: 0, jsGzipKiB: 0, cssKiB: 0, cssGzipKiB: 0 };
  for (const asset of assets) {
    const body = await asset.body;
    if (!body) throw new StepFailed(`the body of ${asset.path} could not be read`);
    const kind = asset.path.endsWith('.css') ? 'css' : 'js';
    sizes[`${kind}KiB`] += body.length / 1024;
    sizes[`${kind}GzipKiB`] += gzipSync(body, { level: 9 }).length / 1024;
  }
  return sizes;
}

async function panFrameP95(page: Page): Promise<number> {
  const centre = await timelineCentre(page);
  await page.mouse.move(centre.x + 200, centre.y);
  await page.evaluate(() => window.__probe!.recordFrames());
  await page.mouse.down();
  const started = Date.now();
  let x = centre.x + 200;
  while (Date.now() - started < PAN_MS) {
    x -= 4;
    await page.mouse.move(x, centre.y);
  }
  await page.mouse.up();
  const gaps = await page.evaluate(() => window.__probe!.stopFrames());
  if (gaps.length === 0) throw new StepFailed('pan: no frame was painted');
  return percentile(gaps, 95);
}

/** The middle of the event box nearest the timeline's centre that lies wholly in view. */
async function eventNearCentre(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const view = document.querySelector('.vis-center')!.getBoundingClientRect();
    const centre = { x: view.left + view.width / 2, y: view.top + view.height / 2 };
    const boxes = [...document.querySelectorAll('.vis-item.vis-box.nl-item')]
      .map((element) => element.getBoundingClientRect())
      .filter(
        (r) => r.left >= view.left && r.right <= view.right && r.top >= view.top && r.bottom <= view.bottom,
      );
    boxes.sort(
      (a, b) =>
        Math.hypot(a.x + a.width / 2 - centre.x, a.y - centre.y) -
        Math.hypot(b.x + b.width / 2 - centre.x, b.y - centre.y),
    );
    const box = boxes[0];
    return box ? { x: box.left + Math.min(box.width / 2, 40), y: box.top + box.height / 2 } : null;
  });
  if (!point) throw new StepFailed('select: no event in view');
  return point;
}

function summarise(runs: readonly Run[]) {
  return Object.fromEntries(
    MEASURES.map(({ key }) => [
      key,
      spread(runs.map((run) => run[key]).filter((v): v is number => v !== null)),
    ]),
  );
}

const TABLE_HEADER = ['measure', 'app: median (min–max)', 'bare vis: median (min–max)', 'app / bare'];

/** One row a measure: the app, the bare page, and the app's median as a share of the bare page's. */
function tableRows(
  summary: Partial<Record<PageKind, ReturnType<typeof summarise>>>,
  runsByPage: Partial<Record<PageKind, Run[]>>,
): string[][] {
  return MEASURES.map(({ key, label, digits }) => {
    const app = summary.app?.[key] ?? null;
    const bare = summary.bare?.[key] ?? null;
    const timedOut = (page: PageKind) => (runsByPage[page] ?? []).some((run) => run.timedOut.includes(key));
    const limit = key === 'firstPaintMs' ? LOAD_LIMIT_MS : STEP_LIMIT_MS;
    const ratio =
      app && bare && bare.median > 0
        ? (app.median / bare.median).toFixed(2)
        : app && timedOut('bare')
          ? `< ${(app.median / limit).toFixed(4)}`
          : 'n/a';
    return [
      label,
      cell(app, digits, timedOut('app'), limit),
      cell(bare, digits, timedOut('bare'), limit),
      ratio,
    ];
  });
}

function cell(value: ReturnType<typeof spread>, digits: number, timedOut: boolean, limit: number): string {
  if (!value) return timedOut ? `> ${formatNumber(limit, 0)}` : 'n/a';
  const { median: mid, min, max } = value;
  return `${formatNumber(mid, digits)} (${formatNumber(min, digits)}–${formatNumber(max, digits)})`;
}

async function main(): Promise<void> {
  const options = readOptions();
  const machine = describeMachine();
  if (options.build) build();
  const { origin, server } = await serveFolders({
    '/bare/': BARE_DIST,
    '/data/': DATA_DIR,
    '/': join(ROOT, 'dist'),
  });
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  const results: Record<string, unknown>[] = [];
  const markdown: string[] = [];
  try {
    for (const size of options.sizes) {
      const scenario = prepareScenario(size);
      const runsByPage: Partial<Record<PageKind, Run[]>> = {};
      for (const kind of options.pages) {
        const runs: Run[] = [];
        for (let i = 0; i < options.runs; i++) {
          const run = await runOnce(browser, origin, kind, scenario);
          runs.push(run);
          const first = run.firstPaintMs === null ? 'n/a' : `${run.firstPaintMs.toFixed(0)} ms`;
          console.log(
            `${size} events, ${kind}, run ${i + 1}/${options.runs}: first paint ${first}${run.failure ? `; ${run.failure}` : ''}`,
          );
          // A page that cannot load (or crashes) at this size will not on the next run either.
          if (run.firstPaintMs === null) break;
        }
        runsByPage[kind] = runs;
      }
      const summary = Object.fromEntries(
        Object.entries(runsByPage).map(([kind, runs]) => [kind, summarise(runs)]),
      ) as Partial<Record<PageKind, ReturnType<typeof summarise>>>;
      const { share, name } = scenario.filterActor;
      console.log(
        `\n${size.toLocaleString('en-US')} events — filter by ${name} keeps ${(share * 100).toFixed(0)}%; ` +
          `period ${scenario.narrowWindow.start} to ${scenario.narrowWindow.end}`,
      );
      const rows = tableRows(summary, runsByPage);
      printTable(TABLE_HEADER, rows);
      markdown.push(
        `**${size.toLocaleString('en-US')} events** (the filter keeps ${(share * 100).toFixed(0)}%)`,
        '',
        markdownTable(TABLE_HEADER, rows),
        '',
      );
      const failures = Object.entries(runsByPage).flatMap(([kind, runs]) =>
        runs.filter((run) => run.failure).map((run) => `${kind}: ${run.failure}`),
      );
      if (failures.length > 0) console.log(`failures:\n  ${failures.join('\n  ')}`);
      results.push({ size, scenario, summary, runs: runsByPage });
    }
  } finally {
    await browser.close();
    server.close();
  }
  const path = writeResults('timeline', { date: new Date().toISOString(), machine, options, results });
  writeFileSync(path.replace(/\.json$/, '.md'), `${markdown.join('\n')}\n`);
  console.log(`\nwrote ${path} and the tables as Markdown beside it`);
}

await main();
