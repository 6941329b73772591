// What the editor's buttons and fields do: start editing the timeline on show (it is kept in this
// browser), reopen a kept one, record an edit, undo, redo. Each change is shown at once and
// written to the browser's database at once; a write that fails says so in the edit bar.
import { DatasetSchema, type EventDate } from '../../schema/dataset';
import type { EditProblem } from '../../editing/applyEdit';
import {
  canRedo,
  canUndo,
  currentStep,
  recordEdit,
  redo,
  replayHistory,
  startHistory,
  undo,
  type EditHistory,
} from '../../editing/editHistory';
import type { EditOperation } from '../../editing/editOperation';
import { t } from '../model/i18n/intl';
import { useNewslineStore, whenWholeDataset } from '../store/store';
import { clearJournal, journal, pendingEntries, settle, withPending, type JournalEntry } from './editJournal';
import {
  keepTimeline,
  openKeptTimeline,
  PAGE_ORIGIN,
  sourceTextsOf,
  storeAllEdits,
  storeCursor,
  storeEdit,
  storeSourceText,
} from './keptTimelines';
import { passageOf, sourceTextProblems } from '../../editing/sourceText';
import { idFromText, uniqueId } from '../../schema/id';

/** Keeps the timeline on show in this browser and starts editing it (or previewing it). */
export async function startEditing(preview = false): Promise<void> {
  // Kept whole: a dataset still arriving is kept once all of it is in.
  await whenWholeDataset();
  const { dataset, datasetInfo, editSession, editStarted, editSaveFailed } = useNewslineStore.getState();
  if (!dataset || editSession) return;
  try {
    const timeline = await keepTimeline(dataset, datasetInfo?.url ?? PAGE_ORIGIN);
    editStarted(timeline, startHistory(dataset), { preview });
  } catch (error) {
    editSaveFailed(saveProblem(error));
    useNewslineStore.getState().addNotices([t('edit.notice.cannotKeep', { problem: saveProblem(error) })]);
  }
}

/** Stops editing: the timeline stays as edited, read-only, and stays kept to open again. */
export function stopEditing(): void {
  const { editSession, editEnded, addNotices, dataset } = useNewslineStore.getState();
  if (!editSession) return;
  editEnded();
  addNotices([t('edit.notice.kept', { title: dataset?.title ?? editSession.timeline.title })]);
}

/**
 * Opens a timeline kept in this browser, with its edits replayed, for editing. False when this
 * browser has no such timeline (another browser's link, or a deleted one).
 */
export async function openKeptForEditing(id: string): Promise<boolean> {
  const store = useNewslineStore.getState();
  const opened = await openKeptTimeline(id);
  if (!opened) {
    store.addNotices([t('edit.notice.noSuchTimeline', { id })]);
    return false;
  }
  // Edits journaled but not yet in the database when the tab last closed (or crashed) join them.
  const pending = pendingEntries(id);
  if (pending.length > 0) {
    const recovered = withPending(opened.edits, opened.timeline.cursor, pending);
    await storeAllEdits(id, recovered.edits, recovered.cursor);
    clearJournal(id);
    opened.edits = recovered.edits;
    opened.timeline = { ...opened.timeline, cursor: recovered.cursor, editCount: recovered.edits.length };
  }
  // The database is this browser's own, but it outlives versions of this code: checked again.
  const base = DatasetSchema.safeParse(opened.base);
  if (!base.success) {
    store.addNotices([t('edit.notice.damaged', { title: opened.timeline.title })]);
    return false;
  }
  const { history, problem } = replayHistory(base.data, opened.edits, opened.timeline.cursor);
  const notices: string[] = [];
  if (opened.unreadable > 0) notices.push(t('edit.notice.unreadable', { count: opened.unreadable }));
  if (problem)
    notices.push(
      t('edit.notice.noLongerApplies', {
        number: problem.index + 1,
        problems: problem.problems.map((p) => p.message).join('; '),
      }),
    );
  store.addNotices(notices);
  const { dataset } = currentStep(history);
  const sourceTexts = await sourceTextsOf(id);
  store.datasetLoaded(dataset, {
    url: opened.timeline.origin,
    from: 'page',
    format: null,
    skipped: [],
    notes: [],
  });
  useNewslineStore.getState().editStarted(opened.timeline, history, { sourceTexts });
  return true;
}

/**
 * Records an edit. With `continuing`, it replaces the last edit when that was of the same field
 * (typing is one step to undo). The problems when the edit is refused, for the field to show.
 */
export function edit(operation: EditOperation, continuing = false): EditProblem[] {
  const { editSession, historyChanged } = useNewslineStore.getState();
  if (!editSession) return [{ field: '', message: t('edit.problem.notEditing') }];
  const result = recordEdit(editSession.history, operation, continuing);
  if (!result.ok) return result.problems;
  historyChanged(result.history);
  const seq = result.history.cursor - 1;
  save(result.history, { kind: 'edit', seq, edit: operation }, (id, title) =>
    storeEdit(id, seq, operation, title),
  );
  return [];
}

export function undoEdit(): void {
  moveCursor(undo, canUndo);
}

export function redoEdit(): void {
  moveCursor(redo, canRedo);
}

function moveCursor(step: (h: EditHistory) => EditHistory, can: (h: EditHistory) => boolean): void {
  const { editSession, historyChanged } = useNewslineStore.getState();
  if (!editSession || !can(editSession.history)) return;
  const history = step(editSession.history);
  historyChanged(history);
  save(history, { kind: 'cursor', cursor: history.cursor }, (id, title) =>
    storeCursor(id, history.cursor, title),
  );
}

/**
 * Journals a change synchronously, then writes it to the database: a tab that closes before the
 * write is done leaves the journal, which the next opening applies.
 */
function save(
  history: EditHistory,
  entry: JournalEntry,
  write: (id: string, title: string) => Promise<void>,
): void {
  const { editSession } = useNewslineStore.getState();
  if (!editSession) return;
  const id = editSession.timeline.id;
  const ticket = journal(id, entry);
  write(id, currentStep(history).dataset.title).then(
    () => {
      settle(id, ticket);
      useNewslineStore.getState().editSaved(history);
    },
    (error: unknown) => useNewslineStore.getState().editSaveFailed(saveProblem(error)),
  );
}

function saveProblem(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return t('edit.problem.noRoom');
  return error instanceof Error ? error.message : String(error);
}

export type ArticleAddition = Omit<Extract<EditOperation, { op: 'article.add' }>, 'op'>;

/**
 * Adds the events a reporter kept from a pasted article, with the article's text, as an edit:
 * editing starts (the timeline is kept in this browser) if it had not. The first new event opens.
 * False when the browser cannot keep it; problems as a notice.
 */
export async function addArticleAsEdit(addition: ArticleAddition): Promise<boolean> {
  // The reporter reviewed the events in the dialog: the timeline shows them as readers will.
  if (!useNewslineStore.getState().editSession) await startEditing(true);
  const state = useNewslineStore.getState();
  if (!state.editSession || !state.dataset) return false;
  const before = state.dataset.events.length;
  const problems = edit({ op: 'article.add', ...addition });
  if (problems.length > 0) {
    state.addNotices([
      t('edit.notice.articleRefused', {
        problems: problems.map((p) => `${p.field} ${p.message}`.trim()).join('; '),
      }),
    ]);
    return false;
  }
  const after = useNewslineStore.getState().dataset;
  const first = after?.events[before];
  if (first) useNewslineStore.getState().selectEvent(first.id);
  // The article's source is the one the merge added last: its text is kept, for passages.
  const source = after?.sources[after.sources.length - 1];
  if (source) keepSourceText(source.id, addition.article.text);
  return true;
}

/**
 * Keeps the text of one of the timeline's articles, once it is shown to be the text its excerpts
 * come from. The reasons it is not, otherwise.
 */
export function keepSourceText(sourceId: string, text: string): string[] {
  const { editSession, dataset, sourceTextKept, editSaveFailed } = useNewslineStore.getState();
  if (!editSession || !dataset) return [t('edit.problem.notEditing')];
  const problems = sourceTextProblems(dataset, sourceId, text);
  if (problems.length > 0) return problems;
  sourceTextKept(sourceId, text);
  storeSourceText(editSession.timeline.id, sourceId, text).catch((error: unknown) =>
    editSaveFailed(saveProblem(error)),
  );
  return [];
}

/**
 * A new event resting on a passage of an article: the words between `start` and `end` of its
 * text (their ends trimmed), kept with their offset. It opens, to be dated and given its actors.
 */
export function createEventFromPassage(
  sourceId: string,
  range: { start: number; end: number },
  title: string,
  date: EventDate,
): EditProblem[] {
  const { editSession, dataset } = useNewslineStore.getState();
  const text = editSession?.sourceTexts[sourceId];
  if (!dataset || text === undefined) return [{ field: '', message: t('edit.problem.textNotKept') }];
  const passage = passageOf(text, range.start, range.end);
  if (!passage) return [{ field: 'sources.0.excerpt', message: t('edit.problem.selectWords') }];
  const taken = new Set(dataset.events.map((event) => event.id));
  const id = uniqueId(idFromText(title, 'event', 80), taken);
  const problems = edit({
    op: 'event.create',
    event: {
      id,
      title,
      summary: passage.excerpt,
      date,
      actorIds: [],
      quotes: [],
      paraphrases: [],
      sources: [{ sourceId, excerpt: passage.excerpt, offset: passage.offset }],
    },
  });
  if (problems.length === 0) useNewslineStore.getState().selectEvent(id);
  return problems;
}
