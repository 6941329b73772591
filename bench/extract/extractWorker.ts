// One benchmark run in its own process: generates the corpus, times runPipeline over it, prints one JSON line.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblem, runPipeline } from '../../src/pipeline/runPipeline';
import { bodyWordCount, generateCorpus } from './generateCorpus';

export interface WorkerReport {
  articles: number;
  words: number;
  pipelineMs: number;
  /** User + system CPU time of the pipeline: well below the wall time means the machine was busy. */
  cpuMs: number;
  maxRssMiB: number;
  rssBeforeMiB: number;
  events: number;
  actors: number;
  reviewItems: number;
  problems: number;
  problemExamples: string[];
}

const ACTORS = fileURLToPath(new URL('../../data/actors.yaml', import.meta.url));
const MAX_PROBLEM_EXAMPLES = 5;

function main(): void {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, seed: { type: 'string' } } });
  const files = generateCorpus(Number(values.articles ?? 1000), Number(values.seed ?? 20250330));
  const decoder = new TextDecoder();
  const words = files.reduce((sum, file) => sum + bodyWordCount(decoder.decode(file.bytes)), 0);
  const actorTableYaml = readFileSync(ACTORS, 'utf8');
  const rssBefore = process.memoryUsage().rss;

  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = runPipeline({ files, actorTableYaml, curationYaml: null });
  const cpu = process.cpuUsage(cpuStart);
  const pipelineMs = performance.now() - start;

  const report: WorkerReport = {
    articles: files.length,
    words,
    pipelineMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    // maxRSS is in KiB.
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    rssBeforeMiB: rssBefore / 1024 / 1024,
    events: result.dataset?.events.length ?? 0,
    actors: result.dataset?.actors.length ?? 0,
    reviewItems: result.review.length,
    problems: result.problems.length,
    problemExamples: result.problems.slice(0, MAX_PROBLEM_EXAMPLES).map(formatProblem),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main();
