// A text field of edit mode: it shows what the editor types, records each change as an edit at
// once (so nothing typed is lost), and one typing session is one step to undo. A value the schema
// refuses stays in the field with the reason, and the timeline keeps the last valid one.
import { useEffect, useRef, useState } from 'react';
import type { EditProblem } from '../../editing/applyEdit';
import type { EditOperation } from '../../editing/editOperation';
import { useNewslineStore } from '../store/store';
import { edit } from './editActions';

export interface FieldEdit<T = string> {
  value: T;
  problems: EditProblem[];
  onChange: (value: T) => void;
  onBlur: () => void;
}

/** `saved` is the value in the dataset; `toEdit` makes the edit that sets a new one. */
export function useFieldEdit<T>(saved: T, toEdit: (value: T) => EditOperation): FieldEdit<T> {
  const [value, setValue] = useState(saved);
  const [problems, setProblems] = useState<EditProblem[]>([]);
  // The history right after this field's last edit: typing on continues that edit, unless
  // something else (another field, an undo) changed the history since.
  const lastRecorded = useRef<unknown>(null);
  const editing = useRef(false);

  // An undo, a redo or another event: the field shows the dataset's value again.
  useEffect(() => {
    if (!editing.current) {
      setValue(saved);
      setProblems([]);
    }
  }, [saved]);

  return {
    value,
    problems,
    onChange: (next) => {
      editing.current = true;
      setValue(next);
      const history = useNewslineStore.getState().editSession?.history;
      const found = edit(toEdit(next), lastRecorded.current !== null && lastRecorded.current === history);
      setProblems(found);
      if (found.length === 0) lastRecorded.current = useNewslineStore.getState().editSession?.history ?? null;
    },
    onBlur: () => {
      // A refused value stays in the field with its reason, for the editor to correct.
      editing.current = false;
      lastRecorded.current = null;
    },
  };
}
