// Generates the dataset's JSON Schema from the zod schema, as stable, sorted JSON.
import { z } from 'zod';
import { DatasetSchema } from './dataset';

export const JSON_SCHEMA_FILE = 'public/data/events.schema.json';

export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://newsline.invalid/data/events.schema.json',
    title: 'Newsline dataset',
  };
}

/** JSON with object keys sorted, so regenerating unchanged input gives identical bytes. */
export function stableStringify(value: unknown): string {
  const sortKeys = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(sortKeys);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(
        Object.keys(node)
          .sort()
          .map((key) => [key, sortKeys((node as Record<string, unknown>)[key])]),
      );
    }
    return node;
  };
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
