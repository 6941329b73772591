// Reads any file a reader opens — Newsline JSON, TimelineJS JSON, or CSV in TimelineJS's layout —
// into a checked dataset: the format's converter first (src/formats), then the very same
// validation as the built-in dataset. It says which format it read and what the conversion lost.
import type { FileFormat } from '../../formats/fileFormat';
import { readTimelineFile, readTimelineJson, type ReadFile } from '../../formats/readTimelineFile';
import type { LoadProblem } from '../store/state';
import { parseDatasetValue, type ParseListener, type ParseOutcome } from './parseDataset';

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
  return checkRead(await readTimelineFile(text, name), listener);
}

/** A JSON file already parsed, as a stream gave it: the same conversion and checks. */
export async function readDatasetJsonInParts(
  raw: unknown,
  name: string,
  listener: ParseListener,
): Promise<ParseOutcome & FileFacts> {
  return checkRead(await readTimelineJson(raw, name), listener);
}

/** A file that could not be read, or is not a dataset: what is wrong, and no format. */
export function fileFailure(summary: string, problems: LoadProblem[] = []): ParseOutcome & FileFacts {
  return { ok: false, summary, problems, format: null, notes: [] };
}

function checkRead(read: ReadFile, listener: ParseListener): ParseOutcome & FileFacts {
  if (!read.ok) return fileFailure(read.summary, read.detail ? [{ path: '', message: read.detail }] : []);
  return { ...parseDatasetValue(read.value, listener), format: read.format, notes: read.notes };
}
