// The one writer of Newsline dataset files (the CLI's events.json, the browser's Export): stable,
// sorted JSON that points at its schema, with the events list last.
import { DatasetSchema, type Dataset } from './dataset';
import { stableStringify } from './stableJson';

export interface DatasetJsonOptions {
  /** Where the JSON Schema is, for editors of the file; beside it by default, as the CLI writes it. */
  schemaUrl?: string;
  /**
   * The dataset was validated on its way in (the app validates every dataset it loads): writing
   * 100,000 events should not take seconds more to check them again.
   */
  alreadyValidated?: boolean;
}

export function datasetToJson(dataset: Dataset, options: DatasetJsonOptions = {}): string {
  const { schemaUrl = './events.schema.json', alreadyValidated = false } = options;
  let checked = dataset;
  if (!alreadyValidated) {
    const result = DatasetSchema.safeParse(dataset);
    if (!result.success) {
      const first = result.error.issues[0];
      throw new Error(`refusing to write an invalid dataset: ${first?.path.join('.')}: ${first?.message}`);
    }
    checked = result.data;
  }
  // Events last: a reader that streams the file knows its sources and actors before the first
  // event arrives, and checks each event as it comes (src/app/loading/readDatasetStream.ts).
  return stableStringify({ ...checked, $schema: schemaUrl }, { lastAtTop: ['events'] });
}
