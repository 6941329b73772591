// Writes the dataset's JSON Schema, generated from the zod schema, beside the shipped data.
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_FILE, datasetJsonSchema } from '../src/schema/jsonSchema';
import { stableStringify } from '../src/schema/stableJson';

writeFileSync(JSON_SCHEMA_FILE, stableStringify(datasetJsonSchema()));
console.log(`wrote ${JSON_SCHEMA_FILE}`);
