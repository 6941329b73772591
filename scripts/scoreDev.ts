// `npm run score:dev`: runs the extraction on the dev corpus (real articles with hand-checked truth,
// kept in ../shared beside the repository because it is other people's text) with no curation,
// scores it with the corpus's own scorer, and fails when a figure is under the targets.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const corpus = resolve(process.env.NEWSLINE_DEV_CORPUS ?? '../shared/corpus/dev');
const scorer = resolve(corpus, '..', 'score.mjs');
if (!existsSync(corpus) || !existsSync(scorer)) {
  console.error(`score:dev needs the dev corpus and its scorer at ${corpus} (set NEWSLINE_DEV_CORPUS)`);
  process.exit(2);
}

const TARGETS = {
  'min-event-recall': 0.9,
  'min-date-recall': 0.85,
  'max-invented-dates': 0,
  'min-quote-recall': 0.9,
  'min-speaker-accuracy': 0.85,
  'min-actor-recall': 0.85,
  'max-spurious-rate': 0.15,
};

const output = join(mkdtempSync(join(tmpdir(), 'newsline-dev-')), 'dev.json');
execFileSync(
  process.execPath,
  ['--import', 'tsx', 'scripts/extract.ts', '--input', corpus, '--output', output, '--curation', 'none'],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
const thresholds = Object.entries(TARGETS).flatMap(([flag, value]) => [`--${flag}`, String(value)]);
const score = spawnSync(
  process.execPath,
  [scorer, '--dataset', output, '--articles', corpus, ...thresholds],
  {
    encoding: 'utf8',
  },
);
const report = score.stdout;
// The per-article table and the totals; the per-event detail is for --verbose runs of the scorer.
console.log(report.slice(report.indexOf('# Per article')));
if (score.stderr) console.error(score.stderr);
process.exit(score.status ?? 1);
