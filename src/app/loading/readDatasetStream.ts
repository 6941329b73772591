// Reads a dataset file as its bytes arrive, from an address or the computer, and never holds a large
// one as a single text: a million-event archive (800 MB) is longer than the longest string a browser
// can make. Newsline JSON with its events last (as Newsline writes it) has its sources and actors
// checked when the events list begins, then each batch of events checked as it arrives. Anything
// else (TimelineJS, CSV, events before the sources) is read whole, up to the smaller limit, and
// then read exactly as a text would be.
import { DatasetJsonSplitter } from './datasetJsonSplitter';
import { MAX_DATASET_BYTES, MAX_STREAMED_BYTES, readBytes, tooLargeSummary } from './fetchDataset';
import {
  checkHeader,
  invalid,
  startDatasetCheck,
  type DatasetHead,
  type EventCheck,
  type ParseListener,
  type ParseOutcome,
} from './parseDataset';
import { readDatasetFileInParts, readDatasetJsonInParts, type FileFacts } from './readDatasetFile';

export interface StreamOptions {
  /** The file's or the address's name, to title a timeline that has none. */
  name: string;
  totalBytes: number | null;
  onBytes?: (loadedBytes: number, totalBytes: number | null) => void;
  /** Called when the last byte has arrived, before the last events are checked. */
  onDownloaded?: () => void;
  /** What to say when the bytes stop coming (a network error, a file moved away). */
  interrupted: string;
  /** The limit for a file read whole. */
  maxBytes?: number;
  /** The limit for Newsline JSON checked as it streams. */
  maxStreamedBytes?: number;
  /** Bytes of whole events parsed at a time. */
  batchBytes?: number;
}

type Outcome = ParseOutcome & FileFacts;
const NEWSLINE: FileFacts = { format: 'newsline', notes: [] };

/** Stops the read with an outcome: too large, not a dataset, or broken JSON. */
class Stop extends Error {
  constructor(readonly outcome: Outcome) {
    super(outcome.ok ? 'stopped' : outcome.summary);
  }
}

export async function readDatasetStream(
  body: ReadableStream<Uint8Array>,
  listener: ParseListener,
  options: StreamOptions,
): Promise<Outcome> {
  const { name, maxBytes = MAX_DATASET_BYTES, maxStreamedBytes = MAX_STREAMED_BYTES } = options;
  let reader: ChunkReader | null = null;
  try {
    await readBytes(body, options.totalBytes, {
      onChunk: (chunk, loaded) => {
        reader ??= startReader(chunk, name, listener, options.batchBytes);
        const limit = reader.streaming() ? maxStreamedBytes : maxBytes;
        if (loaded > limit) throw new Stop(tooLarge(loaded, limit, maxStreamedBytes));
        reader.push(chunk);
      },
      ...(options.onBytes ? { onProgress: options.onBytes } : {}),
    });
  } catch (error) {
    if (error instanceof Stop) return error.outcome;
    if (error instanceof SyntaxError) return notJson(error);
    return { ok: false, summary: options.interrupted, problems: [], format: null, notes: [] };
  }
  options.onDownloaded?.();
  if (!reader) return readDatasetFileInParts('', name, listener); // an empty file: said as for text
  try {
    return await (reader as ChunkReader).end();
  } catch (error) {
    if (error instanceof Stop) return error.outcome;
    if (error instanceof SyntaxError) return notJson(error);
    throw error;
  }
}

interface ChunkReader {
  /** Whether the file is being checked as it streams (the larger limit applies). */
  streaming: () => boolean;
  push: (chunk: Uint8Array) => void;
  end: () => Promise<Outcome>;
}

/** JSON objects are split as they stream; anything else is gathered as text. */
function startReader(
  first: Uint8Array,
  name: string,
  listener: ParseListener,
  batchBytes?: number,
): ChunkReader {
  return firstSignificantByte(first) === OPEN_OBJECT
    ? jsonReader(name, listener, batchBytes)
    : textReader(name, listener);
}

const OPEN_OBJECT = 0x7b;

/** The first byte that is not a byte-order mark or white space (0 if the chunk has none). */
function firstSignificantByte(chunk: Uint8Array): number {
  let i = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
  while (
    i < chunk.length &&
    (chunk[i] === 0x20 || chunk[i] === 0x0a || chunk[i] === 0x0d || chunk[i] === 0x09)
  )
    i++;
  return chunk[i] ?? 0;
}

function textReader(name: string, listener: ParseListener): ChunkReader {
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  return {
    streaming: () => false,
    push: (chunk) => parts.push(decoder.decode(chunk, { stream: true })),
    end: () => {
      parts.push(decoder.decode());
      return readDatasetFileInParts(parts.join(''), name, listener);
    },
  };
}

function jsonReader(name: string, listener: ParseListener, batchBytes?: number): ChunkReader {
  let check: EventCheck | null = null;
  let keysBefore: string[] = [];
  let head: DatasetHead | null = null;
  /** Events of a file whose head did not come first: held until the end. */
  const held: unknown[][] = [];
  const checking: ParseListener = {
    ...listener,
    onHead: (value) => {
      head = value;
      listener.onHead?.(value);
    },
  };
  const splitter = new DatasetJsonSplitter(
    (events) => (check ? check.checkEvents(events) : held.push(events)),
    batchBytes,
    (headSoFar) => {
      if (!isNewslineHead(headSoFar)) return;
      const started = startDatasetCheck(headSoFar, checking, { streamed: true });
      if (!started.ok) throw new Stop({ ...started, ...NEWSLINE });
      check = started;
      keysBefore = Object.keys(headSoFar);
    },
  );
  return {
    streaming: () => check !== null,
    push: (chunk) => splitter.push(chunk),
    end: async () => {
      const whole = splitter.end().head;
      if (!check) {
        // Read as a whole file: the events go back into their list.
        const value = held.length > 0 ? { ...(whole as object), events: held.flat() } : whole;
        return readDatasetJsonInParts(value, name, listener);
      }
      const outcome = check.finish();
      // Fields after the events list: the dataset's own fields are checked again with them.
      const record = whole as Record<string, unknown>;
      const later = Object.keys(record).filter((key) => !keysBefore.includes(key));
      if (later.length > 0 && outcome.ok && head) {
        const { header, problems } = checkHeader(record);
        if (!header) return { ...invalid(problems), ...NEWSLINE };
        listener.onHead?.({ ...(head), ...header });
      }
      return { ...outcome, ...NEWSLINE };
    },
  };
}

/** A Newsline file whose sources and actors came before its events: its events can be checked as they come. */
function isNewslineHead(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return 'schemaVersion' in record && Array.isArray(record.sources) && Array.isArray(record.actors);
}

function tooLarge(loaded: number, limit: number, streamedLimit: number): Outcome {
  return {
    ok: false,
    summary: tooLargeSummary(loaded, false, limit, streamedLimit),
    problems: [],
    format: null,
    notes: [],
  };
}

function notJson(error: SyntaxError): Outcome {
  return {
    ok: false,
    summary: 'The file is not valid JSON.',
    problems: [{ path: '', message: error.message }],
    format: null,
    notes: [],
  };
}
