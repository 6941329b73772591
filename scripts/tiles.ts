// `npm run tiles`: cuts a dataset into time tiles, a manifest and one file per period, so an archive
// of any size is static files on any host (see src/tiles/cutIntoTiles.ts). The dataset is read as a
// stream and checked exactly as the app checks it, so a file too long for one string still reads.
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebStream } from 'node:stream/web';
import { parseArgs } from 'node:util';
import type { TimelineEvent } from '../src/schema/dataset';
import type { DatasetHead } from '../src/app/loading/parseDataset';
import { readDatasetStream } from '../src/app/loading/readDatasetStream';
import { DEFAULT_TILE_OPTIONS, cutIntoTiles } from '../src/tiles/cutIntoTiles';
import { MANIFEST_FILE, writeTiles } from '../src/tiles/writeTiles';

const { values: args } = parseArgs({
  options: {
    input: { type: 'string', default: 'public/data/events.json' },
    output: { type: 'string' },
    'max-events': { type: 'string', default: String(DEFAULT_TILE_OPTIONS.maxEvents) },
    help: { type: 'boolean', default: false },
  },
});

if (args.help || !args.output) {
  console.log(`Usage: npm run tiles -- --output DIR [options]
  --input FILE        a Newsline dataset (JSON)                         [public/data/events.json]
  --output DIR        where to write manifest.json and tiles/*.json
  --max-events N      the most events a tile holds                      [${DEFAULT_TILE_OPTIONS.maxEvents}]
Open the result with ?tiles=<address of manifest.json>.`);
  process.exit(args.help ? 0 : 1);
}

const maxEvents = Number(args['max-events']);
const input = args.input;
const outDir = args.output;
const started = performance.now();
const events: TimelineEvent[] = [];
let head: DatasetHead | null = null;
const body = Readable.toWeb(createReadStream(input)) as WebStream<Uint8Array>;
const outcome = await readDatasetStream(
  body as unknown as ReadableStream<Uint8Array>,
  {
    onHead: (read) => (head = read),
    onEvents: (chunk) => {
      for (const event of chunk) events.push(event);
    },
  },
  { name: input, totalBytes: statSync(input).size, interrupted: `${input} could not be read to its end.` },
);
if (!outcome.ok || !head) {
  if (!outcome.ok) {
    console.error(`${input}: ${outcome.summary}`);
    for (const problem of outcome.problems.slice(0, 20))
      console.error(`  ${problem.path}: ${problem.message}`);
  }
  process.exit(1);
}
for (const problem of outcome.skipped) console.warn(`left out: ${problem.path}: ${problem.message}`);

const { manifest, files } = cutIntoTiles(
  { ...(head as DatasetHead), events },
  { maxEvents, folder: 'tiles' },
);
writeTiles(outDir, { manifest, files });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `wrote ${join(outDir, MANIFEST_FILE)}: ${manifest.events} events in ${manifest.tiles.length} tiles` +
    `${manifest.undated ? ` and ${manifest.undated.events} undated` : ''} (${seconds} s)`,
);
