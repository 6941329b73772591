// Writes a tiled dataset to a folder: each tile as the app's writer writes a dataset (events last),
// the JSON Schemas beside them, and the manifest last, so a run stopped half-way leaves none.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { datasetToJson } from '../schema/datasetJson';
import { datasetJsonSchema, tilesJsonSchema } from '../schema/jsonSchema';
import { stableStringify } from '../schema/stableJson';
import type { TiledDataset } from './cutIntoTiles';

export const MANIFEST_FILE = 'manifest.json';

/** Every file of a tiled dataset, by its path in the folder, as text: the manifest last. */
export function tiledDatasetFiles({ manifest, files }: TiledDataset): Map<string, string> {
  const texts = new Map<string, string>();
  for (const { file, dataset } of files)
    // Checked on the way in: writing a million events should not check them again.
    texts.set(file, datasetToJson(dataset, { schemaUrl: '../events.schema.json', alreadyValidated: true }));
  texts.set('events.schema.json', stableStringify(datasetJsonSchema()));
  texts.set('tiles.schema.json', stableStringify(tilesJsonSchema()));
  texts.set(
    MANIFEST_FILE,
    stableStringify({ ...manifest, $schema: './tiles.schema.json' }, { lastAtTop: ['tiles'] }),
  );
  return texts;
}

export function writeTiles(folder: string, tiled: TiledDataset): void {
  rmSync(join(folder, MANIFEST_FILE), { force: true });
  for (const [file, text] of tiledDatasetFiles(tiled)) {
    const path = join(folder, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}
