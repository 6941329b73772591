// The one writer of dataset files: validates, then emits stable, sorted JSON that points at its schema.
import { DatasetSchema, type Dataset } from './dataset';
import { stableStringify } from './jsonSchema';

export function datasetToJson(dataset: Dataset): string {
  const checked = DatasetSchema.safeParse(dataset);
  if (!checked.success) {
    const first = checked.error.issues[0];
    throw new Error(`refusing to write an invalid dataset: ${first?.path.join('.')}: ${first?.message}`);
  }
  return stableStringify({ ...checked.data, $schema: './events.schema.json' });
}
