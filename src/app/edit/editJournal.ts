// A write-ahead journal of edits, in localStorage: written synchronously, before the edit's
// IndexedDB transaction starts, and cleared once that transaction is done. A tab closed or crashed
// while transactions were still in flight (the browser aborts them) leaves the journal, and the
// next opening of the timeline applies what it holds.
import { EditOperationSchema, type EditOperation } from '../../editing/editOperation';

export type JournalEntry =
  { kind: 'edit'; seq: number; edit: EditOperation } | { kind: 'cursor'; cursor: number };

interface Stored {
  ticket: number;
  entry: JournalEntry;
}

const keyOf = (timelineId: string) => `newsline:journal:${timelineId}`;

function read(timelineId: string): Stored[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(keyOf(timelineId)) ?? '[]');
    return Array.isArray(raw) ? raw.filter(isStored) : [];
  } catch {
    return [];
  }
}

/** Parse, don't cast: the journal outlives versions of this code, and another tab may write it. */
function isStored(value: unknown): value is Stored {
  if (typeof value !== 'object' || value === null) return false;
  const { ticket, entry } = value as {
    ticket?: unknown;
    entry?: { kind?: unknown; seq?: unknown; cursor?: unknown; edit?: unknown };
  };
  if (typeof ticket !== 'number' || typeof entry !== 'object' || entry === null) return false;
  if (entry.kind === 'cursor') return Number.isInteger(entry.cursor);
  return (
    entry.kind === 'edit' && Number.isInteger(entry.seq) && EditOperationSchema.safeParse(entry.edit).success
  );
}

function write(timelineId: string, stored: Stored[]): void {
  try {
    if (stored.length === 0) localStorage.removeItem(keyOf(timelineId));
    else localStorage.setItem(keyOf(timelineId), JSON.stringify(stored));
  } catch {
    // No room (a long article's text) or no storage: the database write still happens.
  }
}

/** Journals an entry at once; the ticket settles it when the database has it. */
export function journal(timelineId: string, entry: JournalEntry): number {
  const stored = read(timelineId);
  const ticket = (stored[stored.length - 1]?.ticket ?? 0) + 1;
  write(timelineId, [...stored, { ticket, entry }]);
  return ticket;
}

/** The database has every entry up to this ticket. */
export function settle(timelineId: string, ticket: number): void {
  write(
    timelineId,
    read(timelineId).filter((stored) => stored.ticket > ticket),
  );
}

/** What the journal holds that the database may lack, oldest first. */
export function pendingEntries(timelineId: string): JournalEntry[] {
  return read(timelineId).map((stored) => stored.entry);
}

export function clearJournal(timelineId: string): void {
  write(timelineId, []);
}

/** The stored edits and cursor, with the journal's entries applied in order. */
export function withPending(
  edits: readonly EditOperation[],
  cursor: number,
  pending: readonly JournalEntry[],
): { edits: EditOperation[]; cursor: number } {
  let nextEdits = [...edits];
  let nextCursor = cursor;
  for (const entry of pending) {
    if (entry.kind === 'edit') {
      nextEdits = [...nextEdits.slice(0, entry.seq), entry.edit];
      nextCursor = entry.seq + 1;
    } else nextCursor = Math.min(entry.cursor, nextEdits.length);
  }
  return { edits: nextEdits, cursor: nextCursor };
}
