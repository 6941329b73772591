// Writes the JSON Schemas of the dataset and of a time tiles manifest, generated from the zod
// schema, beside the shipped data.
import { writeFileSync } from 'node:fs';
import {
  JSON_SCHEMA_FILE,
  TILES_SCHEMA_FILE,
  datasetJsonSchema,
  tilesJsonSchema,
} from '../src/schema/jsonSchema';
import { stableStringify } from '../src/schema/stableJson';

writeFileSync(JSON_SCHEMA_FILE, stableStringify(datasetJsonSchema()));
writeFileSync(TILES_SCHEMA_FILE, stableStringify(tilesJsonSchema()));
console.log(`wrote ${JSON_SCHEMA_FILE} and ${TILES_SCHEMA_FILE}`);
