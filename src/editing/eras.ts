// The era edits: add, change and remove the dataset's named periods. The dataset's schema checks
// the result (applyEdit), so here an era is only found, placed and written as typed.
import type { Dataset, Era } from '../schema/dataset';
import type { EditOperation } from './editOperation';

type EraEdit = Extract<EditOperation, { op: 'era.add' | 'era.update' | 'era.remove' }>;

/** The dataset with the edit made, or why it cannot be made. */
export function changeEras(dataset: Dataset, op: EraEdit): Dataset | string {
  const eras = dataset.eras ?? [];
  const id = op.op === 'era.add' ? op.era.id : op.eraId;
  const index = eras.findIndex((era) => era.id === id);
  if (op.op === 'era.add') {
    if (index >= 0) return `the timeline already has an era "${id}"`;
    return withEras(dataset, [...eras, withoutEmptyDescription(op.era)]);
  }
  const era = eras[index];
  if (!era) return `the timeline has no era "${id}"`;
  if (op.op === 'era.remove') return withEras(dataset, eras.toSpliced(index, 1));
  const changed: Era = { ...era };
  const { title, start, end, description } = op.changes;
  if (title !== undefined) changed.title = title;
  if (start !== undefined) changed.start = start;
  if (end !== undefined) changed.end = end;
  if (description !== undefined) changed.description = description;
  return withEras(dataset, eras.toSpliced(index, 1, withoutEmptyDescription(changed)));
}

function withoutEmptyDescription(era: Era): Era {
  if (era.description === undefined || era.description.trim() !== '') return era;
  const rest = { ...era };
  delete rest.description;
  return rest;
}

/** No eras left: the field goes, so a dataset that never had eras reads the same after undo. */
function withEras(dataset: Dataset, eras: Era[]): Dataset {
  if (eras.length > 0) return { ...dataset, eras };
  const rest = { ...dataset };
  delete rest.eras;
  return rest;
}
