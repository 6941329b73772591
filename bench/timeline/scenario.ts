// The benchmark's datasets: one generated archive per size, written to bench/results/data/ as JSON
// (streamed, record by record: a million events make more text than one V8 string may hold), with
// what the runner needs to know of it. Both are kept and reused while the generator is unchanged.
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/schema/dataset';
import { generateArchive } from '../../src/testing/syntheticArchive';
import { cutIntoTiles } from '../../src/tiles/cutIntoTiles';
import { writeTiles } from '../../src/tiles/writeTiles';
import { RESULTS_DIR } from '../report';

export const DATA_DIR = join(RESULTS_DIR, 'data');

/** The files whose code decides what `generateArchive` writes. */
const GENERATOR_SOURCES = ['../../src/testing/syntheticArchive.ts', '../../src/testing/random.ts'];

/** What the runner needs to know of a dataset: its file, an actor to filter by, a narrow window. */
export interface Scenario {
  size: number;
  /** The file's path on the benchmark's server. */
  dataPath: string;
  /** The same archive as time tiles (`npm run tiles`): its manifest's path on the server. */
  tilesPath: string;
  fileMiB: number;
  filterActor: { id: string; name: string; share: number };
  /** Two weeks (the deepest zoom) around the median event, as the start/end URL parameters take them. */
  narrowWindow: { start: string; end: string };
}

function generatorVersion(): string {
  const hash = createHash('sha256');
  for (const source of GENERATOR_SOURCES) hash.update(readFileSync(new URL(source, import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

export function prepareScenario(size: number): Scenario {
  mkdirSync(DATA_DIR, { recursive: true });
  const file = `bench-${size}.json`;
  const dataFile = join(DATA_DIR, file);
  const metaFile = join(DATA_DIR, `bench-${size}.scenario.json`);
  const version = generatorVersion();
  const tilesFolder = `bench-${size}-tiles`;
  const tilesManifest = join(DATA_DIR, tilesFolder, 'manifest.json');
  if (existsSync(dataFile) && existsSync(metaFile) && existsSync(tilesManifest)) {
    const kept = JSON.parse(readFileSync(metaFile, 'utf8')) as { version: string; scenario: Scenario };
    if (kept.version === version && kept.scenario.tilesPath) return kept.scenario;
  }
  const dataset = generateArchive(size);
  writeDatasetJson(dataFile, dataset);
  writeTiles(join(DATA_DIR, tilesFolder), cutIntoTiles(dataset));
  const scenario: Scenario = {
    size,
    dataPath: `/data/${file}`,
    tilesPath: `/data/${tilesFolder}/manifest.json`,
    fileMiB: statSync(dataFile).size / 1024 ** 2,
    filterActor: actorKeepingAThird(dataset),
    narrowWindow: narrowWindow(dataset),
  };
  // Written after the data file is complete: a run stopped half-way leaves no scenario to trust.
  writeFileSync(metaFile, JSON.stringify({ version, scenario }, null, 2));
  return scenario;
}

/**
 * The same text as `JSON.stringify(dataset)`, written a batch of records at a time, so that no
 * single string holds the whole file.
 */
export function writeDatasetJson(path: string, dataset: Dataset): void {
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  try {
    const fields = Object.entries(dataset);
    writeSync(fd, '{');
    fields.forEach(([key, value], i) => {
      writeSync(fd, `${i > 0 ? ',' : ''}${JSON.stringify(key)}:`);
      if (!Array.isArray(value)) {
        writeSync(fd, JSON.stringify(value));
        return;
      }
      writeSync(fd, '[');
      const BATCH = 2_000;
      for (let start = 0; start < value.length; start += BATCH) {
        const batch = value.slice(start, start + BATCH).map((record) => JSON.stringify(record));
        writeSync(fd, `${start > 0 ? ',' : ''}${batch.join(',')}`);
      }
      writeSync(fd, ']');
    });
    writeSync(fd, '}');
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
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
