// Reads a dataset file as its bytes arrive, from an address or the computer, and never holds a large
// one as a single text: a million-event archive (800 MB) is longer than the longest string a browser
// can make. Newsline JSON with its events last (as Newsline writes it) has its sources and actors
// checked when the events list begins, then each batch of events checked as it arrives, and its own
// fields at the end. Anything else (TimelineJS, CSV, events before the sources) is read whole, up to
// the smaller limit, and then read exactly as a text would be.
import { t } from '../model/i18n/intl';
import { DatasetJsonSplitter } from './datasetJsonSplitter';
import {
  MAX_DATASET_BYTES,
  MAX_STREAMED_BYTES,
  ReadFailed,
  readBytes,
  tooLargeSummary,
} from './fetchDataset';
import { startDatasetCheck, type EventCheck, type ParseListener, type ParseOutcome } from './parseDataset';
import {
  fileFailure,
  readDatasetFileInParts,
  readDatasetJsonInParts,
  type FileFacts,
} from './readDatasetFile';

export interface StreamOptions {
  /** The file's or the address's name, to title a timeline that has none. */
  name: string;
  /** The file's size if known: a file read whole that is over its limit is refused unread. */
  totalBytes: number | null;
  onBytes?: (loadedBytes: number, totalBytes: number | null) => void;
  /** Called when the last byte has arrived; what is left is the last batch and the head. */
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
  const { name, totalBytes, maxBytes = MAX_DATASET_BYTES, maxStreamedBytes = MAX_STREAMED_BYTES } = options;
  /** Refuses a file read whole by its size, as soon as it is known to be one. */
  const wholeBySize = () => {
    if (totalBytes !== null && totalBytes > maxBytes)
      throw new Stop(tooLarge(totalBytes, true, maxBytes, maxStreamedBytes));
  };
  /** Refuses a file read whole (or not yet known to stream) once the bytes read pass the smaller limit. */
  const wholeByBytes = (loaded: number) => {
    if (loaded > maxBytes) throw new Stop(tooLarge(loaded, false, maxBytes, maxStreamedBytes));
  };
  let reader: ChunkReader | null = null;
  /** Bytes before the first that tells JSON from text (white space, a byte-order mark). */
  const leading: Uint8Array[] = [];
  try {
    await readBytes(body, totalBytes, {
      onChunk: (chunk, loaded) => {
        if (!reader) {
          wholeByBytes(loaded); // white space alone counts too
          leading.push(chunk);
          const first = firstSignificantByte(leading);
          if (first === null) return;
          if (first === OPEN_OBJECT) reader = jsonReader(name, listener, wholeBySize, options.batchBytes);
          else {
            wholeBySize();
            reader = textReader(name, listener);
          }
          for (const part of leading.splice(0)) reader.push(part);
          return;
        }
        if (reader.streaming()) {
          if (loaded > maxStreamedBytes) throw new Stop(tooLarge(loaded, false, maxStreamedBytes));
        } else wholeByBytes(loaded);
        reader.push(chunk);
      },
      ...(options.onBytes ? { onProgress: options.onBytes } : {}),
    });
    options.onDownloaded?.();
    // An empty file, or one of white space only: said as for any text that is not a dataset.
    if (!reader) return await readDatasetFileInParts('', name, listener);
    return await (reader as ChunkReader).end();
  } catch (error) {
    if (error instanceof Stop) return error.outcome;
    if (error instanceof ReadFailed) return fileFailure(options.interrupted);
    if (error instanceof SyntaxError) return notJson(error);
    // The browser ran out of room (a string or list too long) or another fault: say it plainly.
    const detail = error instanceof Error ? error.message : String(error);
    return fileFailure(t('article.tooLargeForBrowser'), [{ path: '', message: detail }]);
  }
}

interface ChunkReader {
  /** Whether the file is being checked as it streams (the larger limit applies). */
  streaming: () => boolean;
  push: (chunk: Uint8Array) => void;
  end: () => Promise<Outcome>;
}

const OPEN_OBJECT = 0x7b;
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];
const WHITE_SPACE = new Set([0x20, 0x0a, 0x0d, 0x09]);

/** The first byte that is not part of a byte-order mark or white space; null if none came yet. */
function firstSignificantByte(chunks: readonly Uint8Array[]): number | null {
  let index = 0;
  for (const chunk of chunks) {
    for (const byte of chunk) {
      const inMark = index < BYTE_ORDER_MARK.length && byte === BYTE_ORDER_MARK[index];
      index++;
      if (!inMark && !WHITE_SPACE.has(byte)) return byte;
    }
  }
  return null;
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

function jsonReader(
  name: string,
  listener: ParseListener,
  wholeBySize: () => void,
  batchBytes?: number,
): ChunkReader {
  let check: EventCheck | null = null;
  /** Events of a file whose head did not come first: held until the end. */
  const held: unknown[][] = [];
  const splitter = new DatasetJsonSplitter(
    (events) => (check ? check.checkEvents(events) : held.push(events)),
    batchBytes,
    (headSoFar) => {
      if (!isNewslineHead(headSoFar)) {
        wholeBySize(); // read whole: a file of known size over the smaller limit stops here
        return;
      }
      const started = startDatasetCheck(headSoFar, listener, { streamed: true });
      if (!started.ok) throw new Stop({ ...started, ...NEWSLINE });
      check = started;
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
      const record = whole as Record<string, unknown>;
      // JSON.parse would keep the last of two "events" lists; the first has been read already.
      if (Array.isArray(record.events) && record.events.length > 0) {
        return fileFailure(t('article.twoEventLists'));
      }
      return { ...check.finish(record), ...NEWSLINE };
    },
  };
}

/** A Newsline file whose sources and actors came before its events: its events can be checked as they come. */
function isNewslineHead(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return 'schemaVersion' in record && Array.isArray(record.sources) && Array.isArray(record.actors);
}

function tooLarge(bytes: number, exact: boolean, limit: number, streamedLimit?: number): Outcome {
  return fileFailure(tooLargeSummary(bytes, exact, limit, streamedLimit));
}

function notJson(error: SyntaxError): Outcome {
  return fileFailure(t('article.notJson'), [{ path: '', message: error.message }]);
}
