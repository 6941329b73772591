// Generates the dataset's JSON Schema from the zod schema, as stable, sorted JSON.
import { z } from 'zod';
import { DatasetSchema } from './dataset';
import { TileManifestSchema } from './tiles';

export const JSON_SCHEMA_FILE = 'public/data/events.schema.json';
export const TILES_SCHEMA_FILE = 'public/data/tiles.schema.json';

export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://newsline.invalid/data/events.schema.json',
    title: 'Newsline dataset',
  };
}

/** The JSON Schema of a time tiles manifest (`npm run tiles` writes it beside the manifest). */
export function tilesJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(TileManifestSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://newsline.invalid/data/tiles.schema.json',
    title: 'Newsline time tiles manifest',
  };
}
