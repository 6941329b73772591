// Writes the dataset's JSON Schema, generated from the zod schema, beside the shipped data.
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_FILE, datasetJsonSchema, stableStringify } from '../src/schema/jsonSchema';

writeFileSync(JSON_SCHEMA_FILE, stableStringify(datasetJsonSchema()));
console.log(`wrote ${JSON_SCHEMA_FILE}`);
