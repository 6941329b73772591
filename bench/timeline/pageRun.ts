// Drives one page (the app or a vis-timeline anchor) through one run in Chromium: three phases,
// each on a fresh page, every interaction timed in the page from its input's own timestamp, with
// the main thread's time for it and the page's and its workers' heaps read through CDP.
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { percentile } from '../report';
import {
  APP_ONLY_MEASURES,
  LOAD_LIMIT_MS,
  MEASURES,
  PAGES,
  STEP_LIMIT_MS,
  type MeasureKey,
  type PageKind,
  type PhaseName,
  type Run,
} from './measures';
import { installProbe, type InteractionTiming, type ProbeReport } from './pageProbe';
import type { Scenario } from './scenario';

const VIEWPORT = { width: 1280, height: 800 };
const PAN_MS = 1_000;

/** What a run needs from the runner: the browser, a browser-wide CDP session, the server. */
export interface Bench {
  browser: Browser;
  /** For the workers' heaps: a page's own session cannot reach its workers. */
  browserSession: CDPSession;
  origin: string;
}

/**
 * Steps that ran out of time are not tried again, in later runs or at larger sizes (they do not get
 * faster with more events): each costs a minute or three. Keyed by page and step.
 */
export type GiveUps = Map<string, { size: number; run: number }>;

export class StepFailed extends Error {
  constructor(
    message: string,
    /** The measure the step was for, when it ran out of time. */
    readonly timedOut?: MeasureKey,
  ) {
    super(message);
  }
}

/** A step not tried because it ran out of time before: ends its phase. */
class StepSkipped extends Error {
  constructor(readonly measure: MeasureKey) {
    super(`${measure}: not tried again`);
  }
}

interface OpenedPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  assets: { path: string; body: Promise<Buffer | null> }[];
  crashed: Promise<never>;
  report: ProbeReport;
}

interface RunContext {
  bench: Bench;
  kind: PageKind;
  scenario: Scenario;
  run: Run;
  giveUps: GiveUps;
  /** Hands the runner each page's context as soon as it exists, to close whatever happens. */
  opened: (context: BrowserContext) => void;
}

async function within<T>(
  promise: Promise<T>,
  ms: number,
  step: string,
  crashed: Promise<never>,
  measure?: MeasureKey,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepFailed(`${step}: no result within ${ms / 1000} s`, measure)), ms);
  });
  try {
    return await Promise.race([promise, limit, crashed]);
  } finally {
    clearTimeout(timer);
  }
}

/** Newsline itself, from one file, in lanes or from tiles (the others are vis pages). */
const isApp = (kind: PageKind) => kind === 'app' || kind === 'lanes' || kind === 'tiles';

function pageUrl(ctx: RunContext, extra: Record<string, string> = {}): string {
  const source = ctx.kind === 'tiles' ? { tiles: ctx.scenario.tilesPath } : { data: ctx.scenario.dataPath };
  const params = new URLSearchParams({ ...source, ...extra });
  if (!isApp(ctx.kind)) params.set('actor', ctx.scenario.filterActor.id);
  return `${ctx.bench.origin}${PAGES[ctx.kind].path}${params}`;
}

async function openPage(ctx: RunContext, url: string, loadMeasure: MeasureKey): Promise<OpenedPage> {
  const context = await ctx.bench.browser.newContext({
    viewport: VIEWPORT,
    locale: 'en-GB',
    deviceScaleFactor: 1,
  });
  ctx.opened(context);
  const page = await context.newPage();
  // tsx names functions with an `__name` helper that the page does not have.
  await page.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((target) => target);' });
  await page.addInitScript(installProbe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const assets: OpenedPage['assets'] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    // A body can be gone by the time it is read (a closed page); count only what arrived.
    if (/\.(js|css)$/.test(path)) assets.push({ path, body: response.body().catch(() => null) });
  });
  const crashed = new Promise<never>((_, reject) =>
    page.on('crash', () => reject(new StepFailed('the page crashed (out of memory?)'))),
  );
  crashed.catch(() => {}); // observed by `within`; never unhandled
  const notYet: ProbeReport = {
    firstItemInDom: null,
    firstItemPainted: null,
    firstEventPainted: null,
    elementTiming: { firstItem: null, firstEvent: null },
    problem: null,
  };
  const opened: OpenedPage = { context, page, cdp, assets, crashed, report: notYet };
  await page.goto(url, { timeout: LOAD_LIMIT_MS });
  opened.report = await within(firstPaint(page), LOAD_LIMIT_MS, 'load', crashed, loadMeasure);
  // A large dataset shows its events as they arrive, under a line saying so: what follows the load
  // (memory, the interactions) is measured on the whole dataset.
  await within(
    page.waitForFunction(() => document.querySelector('.load-banner') === null, null, {
      polling: 100,
      timeout: LOAD_LIMIT_MS,
    }),
    LOAD_LIMIT_MS,
    'whole dataset',
    crashed,
  );
  await within(
    page.evaluate(() => window.__probe!.quiet(500)),
    LOAD_LIMIT_MS,
    'settle after load',
    crashed,
  );
  // An event drawn as itself may come a frame or two after the first clusters; after the settle, it
  // is not part of the load.
  opened.report = await page.evaluate(() => {
    window.__probe!.endLoad();
    return window.__probe!.report();
  });
  return opened;
}

function probeReport(page: Page): Promise<ProbeReport> {
  return page.evaluate(() => window.__probe!.report());
}

/** Until the first item is painted; a page that reports a problem first has failed to load. */
async function firstPaint(page: Page): Promise<ProbeReport> {
  for (;;) {
    const report = await probeReport(page);
    if (report.firstItemPainted !== null) return report;
    if (report.problem !== null) throw new StepFailed(`did not load: ${report.problem}`);
    await page.waitForTimeout(50);
  }
}

async function mainThreadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

function giveUpKey(ctx: RunContext, measure: MeasureKey): string {
  return `${ctx.kind}:${measure}`;
}

function checkNotGivenUp(ctx: RunContext, measure: MeasureKey): void {
  const gaveUp = ctx.giveUps.get(giveUpKey(ctx, measure));
  if (gaveUp && ctx.scenario.size >= gaveUp.size) throw new StepSkipped(measure);
}

/**
 * Times one interaction: `act` sends the input; the probe, armed for `eventType`, times from that
 * event's timestamp to the settled paint (and to the first paint showing `shown`, if given); the
 * page's main-thread time is read through CDP before and after.
 */
async function interact(
  ctx: RunContext,
  opened: OpenedPage,
  name: string,
  measure: MeasureKey,
  eventType: string,
  shown: string | null,
  act: () => Promise<void>,
): Promise<InteractionTiming & { taskMs: number }> {
  checkNotGivenUp(ctx, measure);
  const { page, cdp, crashed } = opened;
  const timed = async () => {
    const before = await mainThreadMs(cdp);
    await page.evaluate(([type, selector]) => window.__probe!.arm(type, selector), [
      eventType,
      shown,
    ] as const);
    await act();
    const timing = await page.evaluate(() => window.__probe!.result());
    const taskMs = (await mainThreadMs(cdp)) - before;
    if (!timing) throw new StepFailed(`${name}: the input never reached the page`);
    if (timing.settledMs === null) throw new StepFailed(`${name}: the page kept changing`);
    if (shown !== null && timing.shownMs === null) throw new StepFailed(`${name}: ${shown} never painted`);
    await page.evaluate(() => window.__probe!.quiet(300));
    return { ...timing, taskMs };
  };
  const result = await within(timed(), STEP_LIMIT_MS, name, crashed, measure);
  ctx.run.interactions[name] = result;
  return result;
}

async function timelineCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('.vis-center').first().boundingBox();
  if (!box) throw new StepFailed('no timeline on the page');
  return { x: box.x + box.width / 2, y: box.y + box.height * 0.6 };
}

/** The page's heap and its workers', each after a garbage collection, in MiB. */
async function heapUsage(bench: Bench, opened: OpenedPage) {
  await opened.cdp.send('HeapProfiler.collectGarbage');
  const pageHeap = (await opened.cdp.send('Runtime.getHeapUsage')).usedSize;
  const { targetInfos } = await bench.browserSession.send('Target.getTargets');
  // One page is open at a time: every worker of ours is this page's.
  const workers = targetInfos.filter(
    (target) => target.type === 'worker' && target.url.startsWith(bench.origin),
  );
  let workerHeap = 0;
  for (const worker of workers) workerHeap += await workerHeapUsage(bench.browserSession, worker.targetId);
  const mib = (bytes: number) => bytes / 1024 ** 2;
  return {
    pageHeapMiB: mib(pageHeap),
    workerHeapMiB: mib(workerHeap),
    totalHeapMiB: mib(pageHeap + workerHeap),
    workerCount: workers.length,
  };
}

/**
 * A worker's heap after a garbage collection, through a session attached to it. Playwright's
 * sessions send only to their own target, so the worker's commands travel inside
 * `Target.sendMessageToTarget` (a session attached without `flatten`).
 */
async function workerHeapUsage(browserSession: CDPSession, targetId: string): Promise<number> {
  const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 0;
  const waiting = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  const onMessage = (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as {
      id?: number;
      result?: unknown;
      error?: { message: string };
    };
    if (message.id !== undefined) waiting.get(message.id)?.(message);
  };
  browserSession.on('Target.receivedMessageFromTarget', onMessage);
  const send = async (method: string): Promise<unknown> => {
    const id = ++nextId;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) =>
      waiting.set(id, resolve),
    );
    await browserSession.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method }),
    });
    const { result, error } = await reply;
    if (error) throw new StepFailed(`worker ${method}: ${error.message}`);
    return result;
  };
  try {
    await send('HeapProfiler.collectGarbage');
    return ((await send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  } finally {
    browserSession.off('Target.receivedMessageFromTarget', onMessage);
    await browserSession.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  }
}

async function assetSizes(assets: OpenedPage['assets']) {
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

function loadTimes(
  ctx: RunContext,
  report: ProbeReport,
  keys: { firstPaint: MeasureKey; firstEvent: MeasureKey },
): void {
  const { values } = ctx.run;
  ctx.run.loadReports[keys.firstPaint] = report;
  if (report.firstItemPainted !== null) values[keys.firstPaint] = report.firstItemPainted;
  if (report.firstEventPainted !== null) values[keys.firstEvent] = report.firstEventPainted;
  else ctx.run.absent.push(keys.firstEvent);
}

/** Everything, fitted: load, memory, bytes, a zoom step, then a filter and its removal. */
async function measureWhole(ctx: RunContext): Promise<void> {
  checkNotGivenUp(ctx, 'firstPaintMs');
  const opened = await openPage(ctx, pageUrl(ctx), 'firstPaintMs');
  const { page, report } = opened;
  const { values } = ctx.run;
  loadTimes(ctx, report, { firstPaint: 'firstPaintMs', firstEvent: 'firstEventWholeMs' });
  const marks = await page.evaluate(() =>
    performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime] as const),
  );
  for (const [name, key] of [
    ['downloaded', 'downloadedMs'],
    ['checked', 'checkedMs'],
    ['stored', 'storedMs'],
  ] as const) {
    const mark = marks.find(([markName]) => markName === `newsline:${name}`);
    if (mark) values[key] = mark[1];
  }
  const { workerCount, ...heap } = await heapUsage(ctx.bench, opened);
  Object.assign(values, heap, await assetSizes(opened.assets));
  ctx.run.workerCount = workerCount;

  const centre = await timelineCentre(page);
  await page.mouse.move(centre.x, centre.y);
  const axis = () => page.locator('.vis-time-axis .vis-text').allTextContents();
  const axisBefore = await axis();
  const zoom = await interact(ctx, opened, 'zoom', 'zoomMs', 'wheel', null, () => page.mouse.wheel(0, -120));
  values.zoomMs = zoom.settledMs!;
  values.zoomTaskMs = zoom.taskMs;
  if ((await axis()).join() === axisBefore.join()) throw new StepFailed('zoom: the window did not change');

  const { name } = ctx.scenario.filterActor;
  const checkbox = page.getByRole('checkbox', { name: new RegExp(`^${name} `) });
  // A plain click where the checkbox is: Playwright's own click gives up after 30 s, and on the
  // vis pages the change it sets off can block the page for longer (the step limit applies).
  const clickCheckbox = async () => {
    const box = await checkbox.boundingBox();
    if (!box) throw new StepFailed(`no checkbox for ${name}`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  };
  const filter = await interact(ctx, opened, 'filter', 'filterMs', 'pointerdown', null, clickCheckbox);
  values.filterMs = filter.settledMs!;
  values.filterTaskMs = filter.taskMs;
  // Last: on the vis pages, re-adding two thirds of the items can block for minutes.
  const unfilter = await interact(ctx, opened, 'unfilter', 'unfilterMs', 'pointerdown', null, clickCheckbox);
  values.unfilterMs = unfilter.settledMs!;
  values.unfilterTaskMs = unfilter.taskMs;
}

/** The panel (the app) or the selected item's style (vis pages, which have no panel). */
function panelSelector(kind: PageKind): string {
  return isApp(kind) ? '[data-testid="event-panel"]' : '.vis-item.vis-selected';
}

async function click(
  ctx: RunContext,
  opened: OpenedPage,
  name: string,
  keys: { shown: MeasureKey; settled: MeasureKey; task: MeasureKey },
): Promise<void> {
  const target = await eventNearCentre(opened.page);
  const timing = await interact(ctx, opened, name, keys.shown, 'pointerdown', panelSelector(ctx.kind), () =>
    opened.page.mouse.click(target.x, target.y),
  );
  ctx.run.values[keys.shown] = timing.shownMs!;
  ctx.run.values[keys.settled] = timing.settledMs!;
  ctx.run.values[keys.task] = timing.taskMs;
}

function periodUrl(ctx: RunContext): string {
  return pageUrl(ctx, ctx.scenario.narrowWindow);
}

/** Two weeks, opened and an event clicked straight away: the click's cold cost. */
async function measureColdClick(ctx: RunContext): Promise<void> {
  checkNotGivenUp(ctx, 'periodPaintMs');
  const opened = await openPage(ctx, periodUrl(ctx), 'periodPaintMs');
  loadTimes(ctx, opened.report, { firstPaint: 'periodPaintMs', firstEvent: 'firstEventPeriodMs' });
  await click(ctx, opened, 'coldClick', {
    shown: 'coldClickMs',
    settled: 'coldClickSettledMs',
    task: 'coldClickTaskMs',
  });
}

/** Two weeks, as a reader going through a period day by day sees it: pan, then open an event. */
async function measurePannedClick(ctx: RunContext): Promise<void> {
  // The same page as the cold click's: if that did not load in time, neither will this.
  checkNotGivenUp(ctx, 'periodPaintMs');
  const opened = await openPage(ctx, periodUrl(ctx), 'periodPaintMs');
  const { page, crashed } = opened;
  const pan = await within(panOnce(opened), STEP_LIMIT_MS, 'pan', crashed, 'panMoveP95Ms');
  ctx.run.values.panMoveP95Ms = percentile(pan.moveToPaint, 95);
  ctx.run.values.panTaskMs = pan.taskMsPerSecond;
  ctx.run.pan = pan;
  await within(
    page.evaluate(() => window.__probe!.quiet(300)),
    STEP_LIMIT_MS,
    'settle after pan',
    crashed,
  );
  await click(ctx, opened, 'click', { shown: 'clickMs', settled: 'clickSettledMs', task: 'clickTaskMs' });
}

async function panOnce(opened: OpenedPage) {
  const { page, cdp } = opened;
  const centre = await timelineCentre(page);
  await page.mouse.move(centre.x + 200, centre.y);
  const before = await mainThreadMs(cdp);
  await page.evaluate(() => window.__probe!.startPan());
  await page.mouse.down();
  const started = Date.now();
  let x = centre.x + 200;
  while (Date.now() - started < PAN_MS) {
    x -= 4;
    await page.mouse.move(x, centre.y);
  }
  await page.mouse.up();
  const elapsed = Date.now() - started;
  const timing = await page.evaluate(() => window.__probe!.stopPan());
  const taskMs = (await mainThreadMs(cdp)) - before;
  if (timing.moveToPaint.length === 0) throw new StepFailed('pan: no frame was painted after a move');
  return { ...timing, taskMs, taskMsPerSecond: taskMs / (elapsed / 1000) };
}

/**
 * A point on the event nearest the timeline's centre that is drawn as itself (not a cluster) and
 * can be clicked there: a box wholly in view first, else a span (dense periods stack the spans at
 * the bottom and push the boxes out of view), at its label.
 */
async function eventNearCentre(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const view = document.querySelector('.vis-center')!.getBoundingClientRect();
    const centre = { x: view.left + view.width / 2, y: view.top + view.height / 2 };
    const candidates = [...document.querySelectorAll('.vis-item.nl-item')].flatMap((element) => {
      const r = element.getBoundingClientRect();
      const left = Math.max(r.left, view.left);
      const right = Math.min(r.right, view.right);
      if (r.top < view.top || r.bottom > view.bottom || right - left < 20) return [];
      const whole = r.left >= view.left && r.right <= view.right;
      const point = { x: left + Math.min((right - left) / 2, 40), y: r.top + r.height / 2 };
      // Not under another item, an overlay or a scrollbar.
      if (document.elementFromPoint(point.x, point.y)?.closest('.vis-item') !== element) return [];
      const box = element.classList.contains('vis-box') && whole;
      return [{ point, box, distance: Math.hypot(point.x - centre.x, point.y - centre.y) }];
    });
    candidates.sort((a, b) => Number(b.box) - Number(a.box) || a.distance - b.distance);
    return candidates[0]?.point ?? null;
  });
  if (!point) throw new StepFailed('click: no event drawn as itself in view');
  return point;
}

const PHASES: Record<PhaseName, (ctx: RunContext) => Promise<void>> = {
  whole: measureWhole,
  coldClick: measureColdClick,
  pannedClick: measurePannedClick,
};

/** One run of one page: each phase on a fresh page; whatever fails is recorded, never thrown. */
export async function runOnce(
  bench: Bench,
  kind: PageKind,
  scenario: Scenario,
  run: Run,
  giveUps: GiveUps,
): Promise<void> {
  for (const [phase, measure] of Object.entries(PHASES) as [
    PhaseName,
    (ctx: RunContext) => Promise<void>,
  ][]) {
    const contexts: BrowserContext[] = [];
    const ctx: RunContext = {
      bench,
      kind,
      scenario,
      run,
      giveUps,
      opened: (context) => contexts.push(context),
    };
    try {
      await measure(ctx);
    } catch (error) {
      const phaseMeasures = (Object.keys(MEASURES) as MeasureKey[]).filter(
        (key) => MEASURES[key].phase === phase,
      );
      const unmeasured = phaseMeasures.filter(
        (key) =>
          run.values[key] === undefined &&
          !run.absent.includes(key) &&
          (isApp(kind) || !APP_ONLY_MEASURES.has(key)),
      );
      if (error instanceof StepSkipped) {
        const gaveUp = giveUps.get(`${kind}:${error.measure}`)!;
        run.timedOut.push(error.measure);
        run.notRetried.push(error.measure);
        run.failed.push(...unmeasured.filter((key) => key !== error.measure));
        const where = `${gaveUp.size.toLocaleString('en-US')} events, run ${gaveUp.run}`;
        const step = MEASURES[error.measure].label.trim();
        run.failures.push(`${phase}: ${step} not tried again (out of time at ${where})`);
        continue;
      }
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      run.failures.push(`${phase}: ${message}`);
      const timedOut = error instanceof StepFailed ? error.timedOut : undefined;
      if (timedOut) {
        run.timedOut.push(timedOut);
        giveUps.set(`${kind}:${timedOut}`, { size: scenario.size, run: run.index });
      }
      run.failed.push(...unmeasured.filter((key) => key !== timedOut));
    } finally {
      for (const context of contexts) await context.close().catch(() => {});
    }
  }
}
