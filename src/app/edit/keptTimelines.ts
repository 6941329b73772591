// The timelines an editor keeps in this browser, in IndexedDB (through idb): each timeline's
// dataset as it started, its edits one record each, written the moment they are made, so a
// closed tab or a crash loses nothing, and the texts of its articles the editor brought. Undo and
// redo move a cursor, stored with the timeline.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Dataset } from '../../schema/dataset';
import { EditOperationSchema, type EditOperation } from '../../editing/editOperation';
import { t } from '../model/i18n/intl';
import type { KeptTimelineSummary } from '../store/state';

export type KeptTimeline = KeptTimelineSummary;

interface StoredTimeline extends KeptTimeline {
  base: Dataset;
}

interface StoredEdit {
  timelineId: string;
  seq: number;
  edit: EditOperation;
}

interface StoredText {
  timelineId: string;
  sourceId: string;
  text: string;
}

interface NewslineDb extends DBSchema {
  timelines: { key: string; value: StoredTimeline; indexes: { updatedAt: number } };
  edits: { key: [string, number]; value: StoredEdit };
  texts: { key: [string, string]; value: StoredText };
}

/**
 * The origin stored for a timeline that had no address: a value in the database (written before
 * the interface spoke other languages), named in the reader's language where it is shown.
 */
export const PAGE_ORIGIN = 'this page';

const DB_NAME = 'newsline';
/** A deleted timeline stays this long, for the undo, and is gone the next time the list opens after. */
const DELETED_KEPT_MS = 24 * 60 * 60 * 1000;

let connection: Promise<IDBPDatabase<NewslineDb>> | null = null;

function db(): Promise<IDBPDatabase<NewslineDb>> {
  connection ??= openDB<NewslineDb>(DB_NAME, 2, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('timelines', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        database.createObjectStore('edits', { keyPath: ['timelineId', 'seq'] });
      }
      if (oldVersion < 2) database.createObjectStore('texts', { keyPath: ['timelineId', 'sourceId'] });
    },
    // Another tab upgrading the database: let it, and open again next time.
    blocking() {
      void connection?.then((open) => open.close());
      connection = null;
    },
  });
  return connection;
}

/** A timeline's edits from place `seq` on, as keys of the edits store. */
const editsFrom = (id: string, seq: number) => IDBKeyRange.bound([id, seq], [id, Number.MAX_SAFE_INTEGER]);
/** Every text kept for a timeline, as keys of the texts store. */
const textsOf = (id: string) => IDBKeyRange.bound([id, ''], [id, '\uffff']);

/** An id for a new timeline: random, and a valid id for a link (`edit=`). */
function newTimelineId(): string {
  return `kept-${crypto.randomUUID().slice(0, 8)}`;
}

export async function keepTimeline(base: Dataset, origin: string): Promise<KeptTimeline> {
  const now = Date.now();
  const stored: StoredTimeline = {
    id: newTimelineId(),
    title: base.title,
    origin,
    createdAt: now,
    updatedAt: now,
    cursor: 0,
    editCount: 0,
    base,
  };
  await (await db()).add('timelines', stored);
  return summaryOf(stored);
}

function summaryOf(stored: StoredTimeline): KeptTimeline {
  const summary: KeptTimeline & { base?: Dataset } = { ...stored };
  delete summary.base;
  return summary;
}

/** The timelines kept here, last changed first; deleted ones past their undo are let go of. */
export async function listKeptTimelines(): Promise<KeptTimeline[]> {
  const database = await db();
  const all = await database.getAll('timelines');
  const now = Date.now();
  for (const timeline of all)
    if (timeline.deletedAt !== undefined && now - timeline.deletedAt > DELETED_KEPT_MS)
      await forgetTimeline(timeline.id);
  return all
    .filter((timeline) => timeline.deletedAt === undefined)
    .map(summaryOf)
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

export interface OpenedTimeline {
  timeline: KeptTimeline;
  base: Dataset;
  edits: EditOperation[];
  /** Stored edits that are not edits (a damaged record): left out, counted. */
  unreadable: number;
}

/** A kept timeline with its edits in order, or null when this browser has no such timeline. */
export async function openKeptTimeline(id: string): Promise<OpenedTimeline | null> {
  const database = await db();
  const transaction = database.transaction(['timelines', 'edits'], 'readonly');
  const stored = await transaction.objectStore('timelines').get(id);
  const records = await transaction.objectStore('edits').getAll(editsFrom(id, 0));
  await transaction.done;
  if (!stored || stored.deletedAt !== undefined) return null;
  const edits: EditOperation[] = [];
  let unreadable = 0;
  for (const record of records.slice(0, stored.editCount)) {
    // The browser's database is the editor's own, but it outlives versions of this code.
    const parsed = EditOperationSchema.safeParse(record.edit);
    if (parsed.success) edits.push(parsed.data);
    else unreadable++;
  }
  return { timeline: summaryOf(stored), base: stored.base, edits, unreadable };
}

/**
 * Stores an edit at place `seq` (0-based) and makes it the last in force: edits after it (undone
 * ones) are dropped. One transaction, so the timeline and its edits never disagree.
 */
export async function storeEdit(id: string, seq: number, edit: EditOperation, title: string): Promise<void> {
  const database = await db();
  const transaction = database.transaction(['timelines', 'edits'], 'readwrite');
  const timelines = transaction.objectStore('timelines');
  const stored = await timelines.get(id);
  if (!stored) throw new Error(t('edit.problem.noLongerKept', { id }));
  const edits = transaction.objectStore('edits');
  if (stored.editCount > seq + 1) await edits.delete(editsFrom(id, seq + 1));
  await edits.put({ timelineId: id, seq, edit });
  await timelines.put({ ...stored, title, cursor: seq + 1, editCount: seq + 1, updatedAt: Date.now() });
  await transaction.done;
}

/** Replaces a timeline's stored edits and cursor at once (what a journal brought back). */
export async function storeAllEdits(
  id: string,
  edits: readonly EditOperation[],
  cursor: number,
): Promise<void> {
  const database = await db();
  const transaction = database.transaction(['timelines', 'edits'], 'readwrite');
  const stored = await transaction.objectStore('timelines').get(id);
  if (!stored) throw new Error(t('edit.problem.noLongerKept', { id }));
  const store = transaction.objectStore('edits');
  await store.delete(editsFrom(id, 0));
  for (const [seq, edit] of edits.entries()) await store.put({ timelineId: id, seq, edit });
  await transaction
    .objectStore('timelines')
    .put({ ...stored, cursor, editCount: edits.length, updatedAt: Date.now() });
  await transaction.done;
}

/** Undo and redo: how many of the stored edits are in force. */
export async function storeCursor(id: string, cursor: number, title: string): Promise<void> {
  const database = await db();
  const transaction = database.transaction('timelines', 'readwrite');
  const stored = await transaction.store.get(id);
  if (!stored) throw new Error(t('edit.problem.noLongerKept', { id }));
  await transaction.store.put({ ...stored, title, cursor, updatedAt: Date.now() });
  await transaction.done;
}

/** A copy with the same base and edits, under a new id. */
export async function duplicateKeptTimeline(id: string): Promise<KeptTimeline | null> {
  const opened = await openKeptTimeline(id);
  if (!opened) return null;
  const texts = await sourceTextsOf(id);
  const database = await db();
  const transaction = database.transaction(['timelines', 'edits', 'texts'], 'readwrite');
  const now = Date.now();
  const copy: StoredTimeline = {
    ...opened.timeline,
    id: newTimelineId(),
    title: t('edit.kept.copy', { title: opened.timeline.title }).slice(0, 300),
    createdAt: now,
    updatedAt: now,
    editCount: opened.edits.length,
    cursor: Math.min(opened.timeline.cursor, opened.edits.length),
    base: opened.base,
  };
  await transaction.objectStore('timelines').add(copy);
  for (const [seq, edit] of opened.edits.entries())
    await transaction.objectStore('edits').put({ timelineId: copy.id, seq, edit });
  for (const [sourceId, text] of Object.entries(texts))
    await transaction.objectStore('texts').put({ timelineId: copy.id, sourceId, text });
  await transaction.done;
  return summaryOf(copy);
}

/** Deletes a timeline from the list, or (`deleted: false`) undoes that. */
export async function markDeleted(id: string, deleted: boolean): Promise<void> {
  const database = await db();
  const transaction = database.transaction('timelines', 'readwrite');
  const stored = await transaction.store.get(id);
  if (stored) {
    const next: StoredTimeline = { ...stored, deletedAt: Date.now() };
    if (!deleted) delete next.deletedAt;
    await transaction.store.put(next);
  }
  await transaction.done;
}

async function forgetTimeline(id: string): Promise<void> {
  const database = await db();
  const transaction = database.transaction(['timelines', 'edits', 'texts'], 'readwrite');
  await transaction.objectStore('timelines').delete(id);
  await transaction.objectStore('edits').delete(editsFrom(id, 0));
  await transaction.objectStore('texts').delete(textsOf(id));
  await transaction.done;
}

/** Keeps the text of one of the timeline's articles (pasted, or brought for a passage). */
export async function storeSourceText(timelineId: string, sourceId: string, text: string): Promise<void> {
  await (await db()).put('texts', { timelineId, sourceId, text });
}

/** The texts kept for a timeline's articles, by source id. */
export async function sourceTextsOf(timelineId: string): Promise<Record<string, string>> {
  const records = await (await db()).getAll('texts', textsOf(timelineId));
  return Object.fromEntries(records.map((record) => [record.sourceId, record.text]));
}
