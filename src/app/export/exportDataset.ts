// Builds the file a reader downloads: the whole dataset or the events shown, as Newsline JSON,
// TimelineJS JSON or CSV in TimelineJS's layout, with what the format cannot hold.
import type { FileFormat } from '../../formats/fileFormat';
import { toTimelineJs } from '../../formats/timelineJs';
import { timelineJsToCsv } from '../../formats/timelineJsCsv';
import type { Dataset, TimelineEvent } from '../../schema/dataset';
import { idFromText } from '../../schema/id';
import { datasetToJson } from '../../schema/datasetJson';
import { referencedIds } from '../../schema/referencedIds';
import { t } from '../model/i18n/intl';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** The file's content, made when it is downloaded: 80 MB for 100,000 events. */
  text: () => string;
  /** What the format cannot hold ("3 quotes with their speakers"), to know before downloading. */
  notes: string[];
}

/** `schemaUrl`: where the dataset's JSON Schema is served, for editors of the exported file. */
export function exportDataset(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  format: FileFormat,
  schemaUrl: string,
): ExportFile {
  const name = idFromText(dataset.title, t('share.fileNameFallback'), 60);
  if (format === 'newsline') {
    const subset = events === dataset.events ? dataset : withOnly(dataset, events);
    return {
      fileName: `${name}.json`,
      mimeType: 'application/json',
      text: () => datasetToJson(subset, { schemaUrl, alreadyValidated: true }),
      notes: [],
    };
  }
  const { timeline, notes } = toTimelineJs(dataset, events);
  if (format === 'timelinejs') {
    return {
      fileName: `${name}.timelinejs.json`,
      mimeType: 'application/json',
      text: () => `${JSON.stringify(timeline, null, 2)}\n`,
      notes,
    };
  }
  return {
    fileName: `${name}.csv`,
    mimeType: 'text/csv',
    text: () => timelineJsToCsv(timeline),
    notes: [...notes, t('share.csvNoIds', { eras: dataset.eras?.length ? 'yes' : 'no' })],
  };
}

/** The dataset with only these events, and the actors and sources they refer to. */
export function withOnly(dataset: Dataset, events: readonly TimelineEvent[]): Dataset {
  const { actorIds, sourceIds } = referencedIds(events);
  return {
    ...dataset,
    actors: dataset.actors.filter((actor) => actorIds.has(actor.id)),
    sources: dataset.sources.filter((source) => sourceIds.has(source.id)),
    events: [...events],
  };
}
