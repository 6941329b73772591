// `npm run bench:extract`: times the extraction pipeline over a generated corpus, one child process per run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeMachine, formatNumber, median, printTable, spread, writeResults } from '../report';
import type { WorkerReport } from './extractWorker';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKER = fileURLToPath(new URL('./extractWorker.ts', import.meta.url));
const TARGET = { articles: 1000, seconds: 20, memoryMiB: 1024 };

interface Run extends WorkerReport {
  processMs: number;
}

interface Measure {
  label: string;
  values: number[];
  digits: number;
}

function positiveInt(value: string, flag: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new Error(`--${flag} must be a positive integer, not "${value}"`);
  return parsed;
}

function readOptions(): { runs: number; articles: number; seed: number } {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      articles: { type: 'string', default: String(TARGET.articles) },
      seed: { type: 'string', default: '20250330' },
    },
  });
  return {
    runs: positiveInt(values.runs, 'runs'),
    articles: positiveInt(values.articles, 'articles'),
    seed: Number(values.seed),
  };
}

function runOnce(articles: number, seed: number): Run {
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', WORKER, '--articles', String(articles), '--seed', String(seed)],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
  );
  const processMs = performance.now() - start;
  if (child.status !== 0) throw new Error(`worker failed (status ${child.status}, signal ${child.signal})`);
  const lastLine = child.stdout.trim().split('\n').pop() ?? '';
  return { ...(JSON.parse(lastLine) as WorkerReport), processMs };
}

function measures(runs: readonly Run[]): Measure[] {
  return [
    { label: 'pipeline wall time (s)', values: runs.map((run) => run.pipelineMs / 1000), digits: 2 },
    { label: 'pipeline CPU time (s)', values: runs.map((run) => run.cpuMs / 1000), digits: 2 },
    { label: 'process wall time (s)', values: runs.map((run) => run.processMs / 1000), digits: 2 },
    { label: 'words / s', values: runs.map((run) => run.words / (run.pipelineMs / 1000)), digits: 0 },
    { label: 'articles / s', values: runs.map((run) => run.articles / (run.pipelineMs / 1000)), digits: 1 },
    { label: 'peak RSS (MiB)', values: runs.map((run) => run.maxRssMiB), digits: 0 },
  ];
}

/** Median against the target, as a share of its budget: below 1 is within it. */
function targetRatios(
  runs: readonly Run[],
  articles: number,
): { time: number; memory: number; projected: boolean } {
  // The time budget is for 1,000 articles: another corpus size is scaled linearly to it.
  const secondsFor1000 = median(runs.map((run) => run.pipelineMs / 1000)) * (TARGET.articles / articles);
  return {
    time: secondsFor1000 / TARGET.seconds,
    memory: median(runs.map((run) => run.maxRssMiB)) / TARGET.memoryMiB,
    projected: articles !== TARGET.articles,
  };
}

function printTarget(ratios: ReturnType<typeof targetRatios>, articles: number): void {
  const note = ratios.projected ? ` (time scaled from ${articles} articles; memory not comparable)` : '';
  console.log(
    `\ntarget: ${TARGET.articles} articles of ~700 words in < ${TARGET.seconds} s and < 1 GiB${note}`,
  );
  console.log(`  time:   ${ratios.time.toFixed(2)}x of budget`);
  console.log(`  memory: ${ratios.memory.toFixed(2)}x of budget`);
}

function main(): void {
  const options = readOptions();
  const machine = describeMachine();
  const runs: Run[] = [];
  for (let i = 0; i < options.runs; i++) {
    const run = runOnce(options.articles, options.seed);
    runs.push(run);
    console.log(
      `run ${i + 1}/${options.runs}: ${run.articles} articles, ${run.words} words, ` +
        `${(run.pipelineMs / 1000).toFixed(2)} s (CPU ${(run.cpuMs / 1000).toFixed(2)} s), peak RSS ${run.maxRssMiB.toFixed(0)} MiB, ` +
        `${run.events} events, ${run.actors} actors, ${run.problems} problems`,
    );
  }
  const rows = measures(runs);
  printTable(
    ['measure', 'median', 'min', 'max'],
    rows.map(({ label, values, digits }) => {
      const { median: mid, min, max } = spread(values)!;
      return [label, ...[mid, min, max].map((value) => formatNumber(value, digits))];
    }),
  );
  const ratios = targetRatios(runs, options.articles);
  printTarget(ratios, options.articles);
  const problems = runs[0]?.problemExamples ?? [];
  if (problems.length) console.log(`\nproblems (first ${problems.length}):\n  ${problems.join('\n  ')}`);
  const summary = Object.fromEntries(rows.map(({ label, values }) => [label, spread(values)]));
  const path = writeResults('extract', {
    date: new Date().toISOString(),
    machine,
    options,
    target: TARGET,
    ratios,
    summary,
    runs,
  });
  console.log(`\nwrote ${path}`);
}

main();
