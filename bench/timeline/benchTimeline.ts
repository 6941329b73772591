// `npm run bench`: builds the app and the vis-timeline anchor pages (vis with its own `cluster`
// option, and vis alone), then drives all three in Chromium over generated datasets, interleaved
// run by run (app, vis + cluster, vis alone, app, …) with the machine's load recorded for each run.
// It prints each size's medians with their spread side by side, the app's time as a ratio of each
// anchor's, and the targets with whether each is met. Benchmarks report; they never assert on a time.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../scripts/chromium';
import { loadBetween, sampleLoad } from '../machineLoad';
import { RESULTS_DIR, describeMachine, markdownTable, printTable, writeResults } from '../report';
import { PAGES, notes, tableHeader, tableRows, type PageKind, type Run, type RunsByPage } from './measures';
import { runOnce, type Bench, type GiveUps } from './pageRun';
import { DATA_DIR, prepareScenario, type Scenario } from './scenario';
import { serveFolders } from './staticServer';
import { TARGETS_HEADER, targetRows } from './targets';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILD_DIR = join(RESULTS_DIR, 'build');
const PAGE_KINDS = Object.keys(PAGES) as PageKind[];

function readOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      sizes: { type: 'string', default: '1000,10000,100000' },
      pages: { type: 'string', default: PAGE_KINDS.join(',') },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes
    .split(',')
    .map(Number)
    .sort((a, b) => a - b);
  const pages = values.pages.split(',');
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1))
    throw new Error('--sizes: positive integers');
  if (pages.some((page) => !PAGE_KINDS.includes(page as PageKind)))
    throw new Error(`--pages: any of ${PAGE_KINDS.join(', ')}`);
  // Always in the same order, so that run i of each page follows run i of the one before.
  const chosen = PAGE_KINDS.filter((page) => pages.includes(page));
  return { runs, sizes, pages: chosen, build: !values['no-build'] };
}

/** The app into bench/results/build/app (not dist/, which the e2e tests may be using), then the vis pages. */
function build(): void {
  for (const args of [
    ['vite', 'build', '--logLevel', 'warn', '--outDir', join(BUILD_DIR, 'app'), '--emptyOutDir'],
    ['vite', 'build', '--config', 'bench/timeline/vite.bare.config.ts'],
  ]) {
    const result = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`npx ${args.join(' ')} failed`);
  }
}

/** Which commit the app was built from, and whether src/ differed from it. */
function describeSource(): { commit: string; uncommittedInSrc: string[] } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  try {
    return {
      commit: git('rev-parse', '--short', 'HEAD'),
      uncommittedInSrc: git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean),
    };
  } catch {
    return { commit: 'unknown', uncommittedInSrc: [] };
  }
}

async function launch(origin: string): Promise<Bench> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  return { browser, browserSession: await browser.newBrowserCDPSession(), origin };
}

function newRun(page: PageKind, index: number): Run {
  return {
    page,
    index,
    values: {},
    timedOut: [],
    notRetried: [],
    failed: [],
    absent: [],
    failures: [],
    loadReports: {},
    interactions: {},
    pan: null,
    workerCount: null,
    load: { load1Before: 0, load1After: 0, otherCpuCores: null, otherBusy: null },
    durationMs: 0,
  };
}

function describeScenario(scenario: Scenario): string {
  const { share, name } = scenario.filterActor;
  return (
    `${scenario.size.toLocaleString('en-US')} events (${scenario.fileMiB.toFixed(0)} MiB of JSON); ` +
    `the filter (${name}) keeps ${(share * 100).toFixed(0)}%; ` +
    `two weeks: ${scenario.narrowWindow.start} to ${scenario.narrowWindow.end}`
  );
}

function logRun(scenario: Scenario, run: Run, runs: number): void {
  const first = run.values.firstPaintMs;
  const { load1Before, otherCpuCores } = run.load;
  const others = otherCpuCores === null ? '' : `, others ${otherCpuCores.toFixed(2)} cores`;
  console.log(
    `${scenario.size.toLocaleString('en-US')} events, ${PAGES[run.page].label}, run ${run.index}/${runs}: ` +
      `first paint ${first === undefined ? 'n/a' : `${first.toFixed(0)} ms`} ` +
      `(load ${load1Before.toFixed(2)}${others}; ${(run.durationMs / 1000).toFixed(0)} s)` +
      (run.failures.length > 0 ? `\n  ${run.failures.join('\n  ')}` : ''),
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  const options = readOptions();
  const machine = describeMachine();
  const source = describeSource();
  console.log(
    `app from ${source.commit}` +
      (source.uncommittedInSrc.length > 0
        ? ` + ${source.uncommittedInSrc.length} uncommitted change(s) in src/`
        : '') +
      `; ${options.runs} run(s) of ${options.pages.map((page) => PAGES[page].label).join(', ')}, interleaved`,
  );
  if (options.build) build();
  const { origin, server } = await serveFolders({
    '/bare/': join(BUILD_DIR, 'bare'),
    '/data/': DATA_DIR,
    '/': join(BUILD_DIR, 'app'),
  });
  let bench = await launch(origin);
  const giveUps: GiveUps = new Map();
  const results: Record<string, unknown>[] = [];
  const resultsBySize = new Map<number, RunsByPage>();
  const markdown: string[] = [];
  try {
    for (const size of options.sizes) {
      const sizeStarted = performance.now();
      const scenario = prepareScenario(size);
      const runsByPage: RunsByPage = {};
      for (let index = 1; index <= options.runs; index++) {
        for (const kind of options.pages) {
          const run = newRun(kind, index);
          const before = sampleLoad();
          try {
            await runOnce(bench, kind, scenario, run, giveUps);
          } catch (error) {
            run.failures.push(
              `run: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
            );
          }
          const after = sampleLoad();
          run.load = loadBetween(before, after);
          run.durationMs = after.at - before.at;
          (runsByPage[kind] ??= []).push(run);
          logRun(scenario, run, options.runs);
          // A page that ran the browser out of memory takes it down: start another for the next run.
          if (!bench.browser.isConnected()) {
            console.log('  the browser was gone; starting another');
            bench = await launch(origin);
          }
        }
      }
      const header = tableHeader(options.pages);
      const rows = tableRows(options.pages, runsByPage);
      const title = describeScenario(scenario);
      console.log(`\n${title}`);
      printTable(header, rows);
      const sizeNotes = notes(runsByPage);
      if (sizeNotes.length > 0) console.log(`notes:\n  ${sizeNotes.join('\n  ')}`);
      const minutes = (performance.now() - sizeStarted) / 60_000;
      console.log(`(${minutes.toFixed(1)} min for this size)`);
      markdown.push(`**${title}**`, '', markdownTable(header, rows), '');
      if (sizeNotes.length > 0) markdown.push(...sizeNotes.map((note) => `- ${note}`), '');
      resultsBySize.set(size, runsByPage);
      results.push({ size, scenario, minutes, runs: runsByPage });
    }
  } finally {
    await bench.browser.close().catch(() => {});
    server.close();
  }
  const targets = targetRows(resultsBySize);
  console.log('\nTargets (ratios against vis + cluster, run by run; "median only": some run missed it)');
  printTable(TARGETS_HEADER, targets, 2);
  markdown.push('**Targets**', '', markdownTable(TARGETS_HEADER, targets, 2), '');
  const minutes = (performance.now() - started) / 60_000;
  const path = writeResults('timeline', {
    date: new Date().toISOString(),
    machine,
    source,
    options,
    minutes,
    results,
    targets: { header: TARGETS_HEADER, rows: targets },
  });
  writeFileSync(path.replace(/\.json$/, '.md'), `${markdown.join('\n')}\n`);
  console.log(
    `\nwrote ${path} and the tables as Markdown beside it; the bench took ${minutes.toFixed(1)} min`,
  );
}

await main();
