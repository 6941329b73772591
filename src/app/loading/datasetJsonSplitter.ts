// Splits the bytes of a JSON dataset file into its events and everything else, as the bytes arrive,
// without ever holding the file as one string: a million-event file is longer than the longest
// string a browser can make. Each batch of whole events is parsed by the browser's own JSON.parse
// (fast, native); the rest of the file (its title, sources, actors) is parsed when the events list
// begins (what came before it) and at the end, with its events list left empty. Only the top-level
// "events" list is split: that is where a dataset's size is.
import { t } from '../model/i18n/intl';

const OPEN_OBJECT = 0x7b; // {
const CLOSE_OBJECT = 0x7d; // }
const OPEN_ARRAY = 0x5b; // [
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \
const COMMA = 0x2c; // ,
const COLON = 0x3a; // :

const EVENTS_KEY = new TextEncoder().encode('"events"');

/** Whole events are parsed this many bytes at a time: large enough to keep JSON.parse busy. */
const DEFAULT_BATCH_BYTES = 1024 * 1024;
/**
 * The first batch is smaller: a file shown as it arrives shows its first events as soon as a few
 * are checked, not after a whole batch of them (at 100,000 events, a tenth of a second sooner).
 */
export const FIRST_BATCH_BYTES = 64 * 1024;

export interface SplitDataset {
  /** The file parsed with its events list empty (or as it was, if it had none at the top level). */
  head: unknown;
  /** How many events were handed over. */
  eventCount: number;
}

export class DatasetJsonSplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Where the last string at depth 1 started, in the bytes of the current chunk (-1: earlier). */
  private keyStart = -1;
  /** The last string closed at depth 1, if it was `"events"` and a colon may follow. */
  private lastStringWasEvents = false;
  private afterEventsKey = false;
  private inEvents = false;
  private eventsDone = false;
  private eventCount = 0;
  /** Bytes outside the events list, and `[]` in its place. */
  private readonly headParts: Uint8Array[] = [];
  /** Bytes of whole events (with their commas) not yet parsed, and of an event still arriving. */
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  /** How many of the pending bytes are whole events (the rest is an event still arriving). */
  private wholeBytes = 0;
  /** Bytes of the last string at depth 1 that began in an earlier chunk (a key split across chunks). */
  private keyCarry: number[] = [];
  // Not fatal: a stray byte reads as U+FFFD, as the browser reads any text file.
  private readonly decoder = new TextDecoder('utf-8');

  /**
   * `onListStart`: called when the events list begins, with what came before it parsed as if the
   * list were empty (undefined if that is not JSON): a file whose head comes first can be checked
   * before its events arrive.
   */
  constructor(
    private readonly onEvents: (events: unknown[]) => void,
    private readonly batchBytes = DEFAULT_BATCH_BYTES,
    private readonly onListStart?: (headSoFar: unknown) => void,
  ) {}

  /** Takes the next bytes of the file; hands over every batch of whole events they complete. */
  push(chunk: Uint8Array): void {
    let segmentStart = 0; // where the bytes not yet given to head or events begin in this chunk
    const pendingBefore = this.pendingBytes;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (this.inString) {
        // Most of a dataset's bytes are inside strings: jump to the next quote (a native search)
        // and tell from the backslashes before it whether it ends the string.
        if (this.escaped) {
          this.escaped = false; // this byte is escaped
          continue;
        }
        const quote = chunk.indexOf(QUOTE, i);
        if (quote === -1) {
          this.escaped = backslashesBefore(chunk, chunk.length, i) % 2 === 1;
          i = chunk.length;
          continue;
        }
        const from = i;
        i = quote;
        if (backslashesBefore(chunk, quote, from) % 2 === 1) continue; // an escaped quote
        this.inString = false;
        if (this.depth === 1 && !this.inEvents) this.closeKeyCandidate(chunk, i);
        continue;
      }
      if (byte === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && !this.inEvents) {
          this.keyStart = i;
          this.keyCarry = [];
        }
        continue;
      }
      if (this.depth === 1 && !this.inEvents && byte === COLON) {
        this.afterEventsKey = this.lastStringWasEvents;
        this.lastStringWasEvents = false;
        continue;
      }
      if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
        if (this.depth === 1 && this.afterEventsKey && byte === OPEN_ARRAY && !this.eventsDone) {
          // The events list starts: the head keeps `[`, the events follow it.
          this.headParts.push(chunk.slice(segmentStart, i + 1));
          segmentStart = i + 1;
          this.inEvents = true;
          this.onListStart?.(this.headSoFar());
        }
        this.afterEventsKey = false;
        this.depth++;
        continue;
      }
      if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        this.depth--;
        // An event ends: the pending bytes up to here are whole events.
        if (this.inEvents && this.depth === 2) this.wholeBytes = pendingBefore + i + 1 - segmentStart;
        else if (this.inEvents && this.depth === 1) {
          // The events list ends: what is pending is whole events; the head takes `]` onwards.
          this.takeEvents(chunk.subarray(segmentStart, i));
          this.flush();
          segmentStart = i;
          this.inEvents = false;
          this.eventsDone = true;
        }
        continue;
      }
      if (this.depth === 1 && !this.inEvents && byte !== COMMA && byte > 0x20) this.afterEventsKey = false;
    }
    if (this.inString && this.depth === 1 && !this.inEvents) this.carryKey(chunk);
    if (this.inEvents) {
      // Whole events so far go to the pending batch; an event still arriving waits with them.
      this.takeEvents(chunk.subarray(segmentStart));
      const batchBytes =
        this.eventCount === 0 ? Math.min(FIRST_BATCH_BYTES, this.batchBytes) : this.batchBytes;
      if (this.wholeBytes >= batchBytes) this.flushWhole();
    } else {
      this.headParts.push(chunk.slice(segmentStart));
    }
  }

  /** The file has ended: parses what is left, and the head. Throws a SyntaxError on broken JSON. */
  end(): SplitDataset {
    if (this.inEvents || this.depth !== 0 || this.inString) {
      throw new SyntaxError(t('article.cutShort'));
    }
    const head: unknown = JSON.parse(this.decode(this.headParts));
    return { head, eventCount: this.eventCount };
  }

  private headSoFar(): unknown {
    try {
      return JSON.parse(`${this.decode(this.headParts)}]}`);
    } catch {
      return undefined;
    }
  }

  private closeKeyCandidate(chunk: Uint8Array, closeIndex: number): void {
    const bytes =
      this.keyStart >= 0
        ? chunk.subarray(this.keyStart, closeIndex + 1)
        : Uint8Array.from([...this.keyCarry, ...chunk.subarray(0, closeIndex + 1)]);
    this.lastStringWasEvents = equalBytes(bytes, EVENTS_KEY);
    this.keyCarry = [];
    this.keyStart = -1;
  }

  private carryKey(chunk: Uint8Array): void {
    // Keys are short; a long string value at depth 1 cannot be "events", so stop carrying it.
    const from = this.keyStart >= 0 ? this.keyStart : 0;
    if (this.keyCarry.length + chunk.length - from <= EVENTS_KEY.length) {
      this.keyCarry.push(...chunk.subarray(from));
    } else this.keyCarry = [0];
    this.keyStart = -1;
  }

  private takeEvents(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    // Kept as it is, not copied: the chunks a stream's default reader hands over are the reader's
    // own, and nothing here writes to them.
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
  }

  /** Parses the pending bytes up to the last whole event, keeping an event still arriving. */
  private flushWhole(): void {
    const joined = concat(this.pending, this.pendingBytes);
    this.parseBatch(joined.subarray(0, this.wholeBytes));
    const rest = joined.subarray(this.wholeBytes);
    this.pending = rest.length > 0 ? [rest.slice()] : [];
    this.pendingBytes = rest.length;
    this.wholeBytes = 0;
  }

  /** Parses all pending bytes: the list has ended, so they are whole events. */
  private flush(): void {
    if (this.pendingBytes > 0) this.parseBatch(concat(this.pending, this.pendingBytes));
    this.pending = [];
    this.pendingBytes = 0;
    this.wholeBytes = 0;
  }

  private parseBatch(bytes: Uint8Array): void {
    // A batch after the first starts with the comma after the event before it, and ends with a
    // whole event; the commas between batches are checked here, as JSON.parse would.
    const text = this.decoder.decode(bytes);
    const comma = /^\s*,/.exec(text);
    const body = comma ? text.slice(comma[0].length) : text;
    const empty = body.trim() === '';
    if (comma && (this.eventCount === 0 || empty))
      throw new SyntaxError(t(this.eventCount === 0 ? 'article.commaBeforeFirst' : 'article.commaAfterLast'));
    if (!comma && !empty && this.eventCount > 0)
      throw new SyntaxError(t('article.missingComma', { number: this.eventCount }));
    if (empty) return;
    const events = JSON.parse(`[${body}]`) as unknown[];
    this.eventCount += events.length;
    this.onEvents(events);
  }

  private decode(parts: readonly Uint8Array[]): string {
    return this.decoder.decode(
      concat(
        parts,
        parts.reduce((sum, part) => sum + part.length, 0),
      ),
    );
  }
}

/** How many backslashes come right before `end` in the chunk, looking no further back than `from`. */
function backslashesBefore(chunk: Uint8Array, end: number, from: number): number {
  let count = 0;
  while (end - count - 1 >= from && chunk[end - count - 1] === BACKSLASH) count++;
  return count;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
