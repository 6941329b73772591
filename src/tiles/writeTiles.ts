// Writes a tiled dataset to a folder: each tile as the app's writer writes a dataset (events last),
// the JSON Schemas beside them, and the manifest last, so a run stopped half-way leaves none.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { datasetToJson } from '../schema/datasetJson';
import { datasetJsonSchema, tilesJsonSchema } from '../schema/jsonSchema';
import { stableStringify } from '../schema/stableJson';
import type { TiledDataset } from './cutIntoTiles';

export const MANIFEST_FILE = 'manifest.json';

export function writeTiles(folder: string, { manifest, files }: TiledDataset): void {
  rmSync(join(folder, MANIFEST_FILE), { force: true });
  for (const { file, dataset } of files) {
    const path = join(folder, file);
    mkdirSync(dirname(path), { recursive: true });
    // Checked on the way in: writing a million events should not check them again.
    writeFileSync(
      path,
      datasetToJson(dataset, { schemaUrl: '../events.schema.json', alreadyValidated: true }),
    );
  }
  writeFileSync(join(folder, 'events.schema.json'), stableStringify(datasetJsonSchema()));
  writeFileSync(join(folder, 'tiles.schema.json'), stableStringify(tilesJsonSchema()));
  writeFileSync(
    join(folder, MANIFEST_FILE),
    stableStringify({ ...manifest, $schema: './tiles.schema.json' }, { lastAtTop: ['tiles'] }),
  );
}
