// An editor's history: the dataset they started from, every edit in order, and how many of them
// are in force (undo steps back, redo forward, a new edit after an undo drops the ones undone).
// Each step's dataset is kept, so undo and redo cost nothing; a stored history is replayed once.
import type { Dataset } from '../schema/dataset';
import { applyEdit, editedDataset, type EditedDataset, type EditProblem } from './applyEdit';
import type { EditOperation } from './editOperation';

export interface EditHistory {
  base: Dataset;
  edits: readonly EditOperation[];
  /** How many edits are in force: edits after it were undone and may be redone. */
  cursor: number;
  /** The dataset after each number of edits: steps[0] is the base. */
  steps: readonly EditedDataset[];
}

export type Recorded = { ok: true; history: EditHistory } | { ok: false; problems: EditProblem[] };

export function startHistory(base: Dataset): EditHistory {
  return { base, edits: [], cursor: 0, steps: [editedDataset(base)] };
}

export function currentStep(history: EditHistory): EditedDataset {
  return history.steps[history.cursor] as EditedDataset;
}

/**
 * Applies an edit after the ones in force. With `continuing`, an edit of the same field as the
 * last one replaces it (typing a title is one step to undo, not one per key).
 */
export function recordEdit(history: EditHistory, edit: EditOperation, continuing = false): Recorded {
  const replaces = continuing && history.cursor > 0 && sameField(history.edits[history.cursor - 1], edit);
  const from = replaces ? history.cursor - 1 : history.cursor;
  const result = applyEdit(history.steps[from] as EditedDataset, edit);
  if (!result.ok) return result;
  return {
    ok: true,
    history: {
      base: history.base,
      edits: [...history.edits.slice(0, from), edit],
      cursor: from + 1,
      steps: [...history.steps.slice(0, from + 1), result.edited],
    },
  };
}

export const canUndo = (history: EditHistory): boolean => history.cursor > 0;
export const canRedo = (history: EditHistory): boolean => history.cursor < history.edits.length;

export function undo(history: EditHistory): EditHistory {
  return canUndo(history) ? { ...history, cursor: history.cursor - 1 } : history;
}

export function redo(history: EditHistory): EditHistory {
  return canRedo(history) ? { ...history, cursor: history.cursor + 1 } : history;
}

/**
 * A stored history brought back: its edits applied in order to its base. An edit that no longer
 * applies (a file changed by hand) ends the replay there, with the reason.
 */
export function replayHistory(
  base: Dataset,
  edits: readonly EditOperation[],
  cursor: number,
): { history: EditHistory; problem: { index: number; problems: EditProblem[] } | null } {
  let history = startHistory(base);
  for (const [index, edit] of edits.entries()) {
    const result = recordEdit(history, edit);
    if (!result.ok) {
      return {
        history: { ...history, cursor: Math.min(cursor, history.edits.length) },
        problem: { index, problems: result.problems },
      };
    }
    history = result.history;
  }
  return { history: { ...history, cursor: Math.min(Math.max(cursor, 0), edits.length) }, problem: null };
}

/** Two edits of the same typed field of the same record. */
function sameField(last: EditOperation | undefined, next: EditOperation): boolean {
  if (!last || last.op !== next.op) return false;
  switch (next.op) {
    case 'dataset.title':
    case 'dataset.description':
      return true;
    case 'event.title':
    case 'event.summary':
    case 'event.date':
      return 'eventId' in last && last.eventId === next.eventId;
    case 'actor.rename':
    case 'actor.aliases':
      return 'actorId' in last && last.actorId === next.actorId;
    case 'era.update':
      return (
        last.op === 'era.update' &&
        last.eraId === next.eraId &&
        Object.keys(last.changes).join() === Object.keys(next.changes).join()
      );
    default:
      return false;
  }
}

/** The edits in force, in order: what a curation file carries. */
export function editsInForce(history: EditHistory): EditOperation[] {
  return history.edits.slice(0, history.cursor);
}
