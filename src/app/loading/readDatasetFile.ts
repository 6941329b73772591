// Reads any file a reader opens — Newsline JSON, TimelineJS JSON, or CSV in TimelineJS's layout —
// into a checked dataset: the format's converter first (src/formats), then the very same
// validation as the built-in dataset. It says which format it read and what the conversion lost.
import type { FileFormat } from '../../formats/fileFormat';
import { readTimelineFile } from '../../formats/readTimelineFile';
import {
  gatherParts,
  parseDatasetValue,
  type CheckProgress,
  type ParseListener,
  type ParseOutcome,
  type ParseResult,
} from './parseDataset';

/** What a file was, and what converting it could not keep. */
export interface FileFacts {
  format: FileFormat | null;
  notes: string[];
}

/** `name` is the file's name or the URL's: it titles a timeline that has none. */
export async function readDatasetFileInParts(
  text: string,
  name: string,
  listener: ParseListener,
): Promise<ParseOutcome & FileFacts> {
  const read = await readTimelineFile(text, name);
  if (!read.ok) {
    const problems = read.detail ? [{ path: '', message: read.detail }] : [];
    return { ok: false, summary: read.summary, problems, format: null, notes: [] };
  }
  return { ...parseDatasetValue(read.value, listener), format: read.format, notes: read.notes };
}

/** The same, gathered into one result: for the main thread, where no worker can run. */
export async function readDatasetFile(
  text: string,
  name: string,
  onProgress?: CheckProgress,
): Promise<ParseResult & FileFacts> {
  const parts = gatherParts(onProgress);
  const outcome = await readDatasetFileInParts(text, name, parts.listener);
  return { ...parts.result(outcome), format: outcome.format, notes: outcome.notes };
}
