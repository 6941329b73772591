// Merging in edit mode, of events or of actors: choose the other one, then merge it into this one.
// The choice is emptied once the merge is done; what stops it is shown under the row.
import { useId, useState } from 'react';
import type { EditProblem } from '../../editing/applyEdit';
import { FieldProblems } from './FieldProblems';

export function MergeChooser({
  label,
  placeholder,
  options,
  buttonLabel,
  onMerge,
}: {
  label: string;
  placeholder: string;
  options: readonly { id: string; label: string }[];
  buttonLabel: string;
  /** Merges the chosen one into this one; the problems when it cannot. */
  onMerge: (otherId: string) => EditProblem[];
}) {
  const ids = useId();
  const [otherId, setOtherId] = useState('');
  const [problems, setProblems] = useState<EditProblem[]>([]);
  return (
    <>
      <div className="edit-row">
        <div className="edit-field edit-field--grow">
          <label htmlFor={`${ids}-other`}>{label}</label>
          <select
            id={`${ids}-other`}
            value={otherId}
            aria-describedby={`${ids}-problems`}
            onChange={(e) => setOtherId(e.target.value)}
          >
            <option value="">{placeholder}</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="text-button"
          disabled={otherId === ''}
          onClick={() => {
            const found = onMerge(otherId);
            setProblems(found);
            if (found.length === 0) setOtherId('');
          }}
        >
          {buttonLabel}
        </button>
      </div>
      <FieldProblems id={`${ids}-problems`} problems={problems} />
    </>
  );
}
