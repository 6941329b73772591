// The `edits:` lists of the curation files (data/curation.yaml's, then an `--edits` file's),
// applied to the curated dataset as the browser's edit mode applied them. An edit that does not
// apply is named by its file and its place in that file's list, so the editor can find it.
import { currentStep, replayHistory } from '../editing/editHistory';
import type { EditOperation } from '../editing/editOperation';
import type { Dataset } from '../schema/dataset';

/** One file's edits, and what to call that file in a problem (`curation`, `edits file`). */
export interface EditList {
  file: string;
  edits: readonly EditOperation[];
}

export type EditsApplied = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

export function applyCurationEdits(dataset: Dataset, lists: readonly EditList[]): EditsApplied {
  // One history over all the lists, not one per file: an event dropped by the first file keeps
  // what `event.restore` needs to bring it back from the second.
  const edits = lists.flatMap((list) => list.edits);
  if (edits.length === 0) return { ok: true, dataset };
  const { history, problem } = replayHistory(dataset, edits, edits.length);
  if (!problem) return { ok: true, dataset: currentStep(history).dataset };

  const edit = edits[problem.index] as EditOperation;
  let index = problem.index;
  let file = '';
  for (const list of lists) {
    file = list.file;
    if (index < list.edits.length) break;
    index -= list.edits.length;
  }
  return {
    ok: false,
    problems: problem.problems.map(
      ({ field, message }) =>
        `${file}: edits[${index}] (${edit.op}): ${field === '' ? '' : `${field}: `}${message}`,
    ),
  };
}
