// What is wrong with a field's value, under the field, read out as it appears.
import type { EditProblem } from '../../editing/applyEdit';

export function FieldProblems({ id, problems }: { id: string; problems: readonly EditProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div id={id} role="alert">
      <ul className="edit-field__problems">
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.field ? <code dir="ltr">{problem.field}</code> : null} {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
