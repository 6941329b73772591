// `npm run extract`: articles in, the dataset out, with a review report. The pipeline itself is
// pure (src/pipeline/runPipeline.ts); this file only reads and writes files and prints.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetToJson } from '../src/schema/datasetJson';
import { isArticleFileName } from '../src/pipeline/articleFile';
import { formatProblem, runPipeline } from '../src/pipeline/runPipeline';
import { GoldenSchema, extractedFacts, scoreAgainst } from '../src/pipeline/score';

const { values: args } = parseArgs({
  options: {
    input: { type: 'string', default: 'data/articles' },
    output: { type: 'string', default: 'public/data/events.json' },
    actors: { type: 'string', default: 'data/actors.yaml' },
    curation: { type: 'string', default: 'data/curation.yaml' },
    edits: { type: 'string' },
    strict: { type: 'boolean', default: false },
    score: { type: 'string' },
    check: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (args.help) {
  console.log(`Usage: npm run extract -- [options]
  --input DIR        folder of articles (.md/.txt, front matter optional)   [data/articles]
  --output FILE      where to write the dataset                              [public/data/events.json]
  --actors FILE      alias table of known actors                             [data/actors.yaml]
  --curation FILE    editorial corrections ("none" for raw extraction)       [data/curation.yaml]
  --edits FILE       edits from the browser's edit mode, after --curation's  [none]
  --strict           exit non-zero if the review report has any item
  --score FILE       print precision and recall against a golden file
  --check            do not write; exit non-zero if the output would change`);
  process.exit(0);
}

const names = readdirSync(args.input).sort();
for (const name of names.filter((n) => isArticleFileName(n) === 'folder-document'))
  console.log(`skipped ${join(args.input, name)}: the folder's own document, not an article`);
const files = names
  .filter((name) => isArticleFileName(name) === 'article')
  .map((name) => ({ path: join(args.input, name), bytes: readFileSync(join(args.input, name)) }));
const curationYaml =
  args.curation !== 'none' && existsSync(args.curation) ? readFileSync(args.curation, 'utf8') : null;
if (args.edits !== undefined && !existsSync(args.edits)) {
  console.error(`error: --edits ${args.edits}: no such file`);
  process.exit(1);
}
const result = runPipeline({
  files,
  actorTableYaml: readFileSync(args.actors, 'utf8'),
  curationYaml,
  ...(args.edits === undefined ? {} : { editsYaml: readFileSync(args.edits, 'utf8') }),
});

for (const problem of result.problems) console.error(`error: ${formatProblem(problem)}`);
let failed = result.problems.length > 0;

if (result.dataset) {
  const json = datasetToJson(result.dataset);
  const current = existsSync(args.output) ? readFileSync(args.output, 'utf8') : null;
  if (args.check) {
    if (current !== json) {
      console.error(
        `error: ${args.output} is not what the pipeline makes of ${args.input}: run npm run extract`,
      );
      failed = true;
    } else console.log(`${args.output} is up to date`);
  } else {
    writeFileSync(args.output, json);
    console.log(
      `wrote ${args.output}: ${result.dataset.events.length} events, ${result.dataset.actors.length} actors, ${result.dataset.sources.length} sources`,
    );
  }
} else {
  console.error('error: no dataset written (see above)');
  failed = true;
}

console.log(
  `\nReview report: ${result.review.length} item(s) to look at, ${result.reviewed.length} marked reviewed in the curation file`,
);
for (const item of result.review) console.log(`  - [${item.id}] ${item.message}`);

if (args.score) {
  const golden = GoldenSchema.parse(JSON.parse(readFileSync(args.score, 'utf8')));
  console.log('\nExtraction (before curation) against', args.score);
  console.log('  kind     found  expected  correct  precision  recall');
  for (const score of scoreAgainst(golden, extractedFacts(result.corpus))) {
    const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(9);
    console.log(
      `  ${score.kind.padEnd(7)} ${String(score.found).padStart(6)} ${String(score.expected).padStart(9)} ${String(score.correct).padStart(8)}  ${pct(score.precision)}  ${pct(score.recall)}`,
    );
    for (const missed of score.missed) console.log(`    missed: ${missed}`);
    for (const extra of score.extra) console.log(`    extra:  ${extra}`);
  }
}

if (args.strict && result.review.length > 0) failed = true;
process.exit(failed ? 1 : 0);
