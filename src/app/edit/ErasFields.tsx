// The "Periods" of the Timeline and actors dialog: the dataset's eras, each renamed, re-dated or
// removed where it is listed, and a new one added below. Each change is an edit (era.add,
// era.update, era.remove), checked by the dataset's schema: a refused value stays in its field with
// the problem and where it is (`eras.1.end`), as the other fields show theirs.
import { useId, useState, type FormEvent } from 'react';
import type { Dataset, Era } from '../../schema/dataset';
import { idFromText, uniqueId } from '../../schema/id';
import type { EditProblem } from '../../editing/applyEdit';
import { t } from '../model/i18n/intl';
import { edit } from './editActions';
import { FieldProblems } from './FieldProblems';
import { useFieldEdit } from './useFieldEdit';

/** Short enough for the field: the hint above says the rest. */
const datePlaceholder = () => t('edit.eras.placeholder');

export function ErasFields({ dataset }: { dataset: Dataset }) {
  const eras = dataset.eras ?? [];
  return (
    <section className="edit-group" aria-labelledby="edit-periods">
      <h3 id="edit-periods">{t('edit.eras.heading')}</h3>
      <p className="edit-field__hint">{t('edit.eras.hint')}</p>
      {eras.length > 0 && (
        <ul className="edit-eras">
          {eras.map((era) => (
            <EraRow key={era.id} era={era} />
          ))}
        </ul>
      )}
      <NewEra dataset={dataset} />
    </section>
  );
}

function EraRow({ era }: { era: Era }) {
  const ids = useId();
  const [problems, setProblems] = useState<EditProblem[]>([]);
  const change = (changes: Partial<Pick<Era, 'title' | 'start' | 'end'>>) =>
    ({ op: 'era.update', eraId: era.id, changes }) as const;
  const title = useFieldEdit(era.title, (value) => change({ title: value }));
  const start = useFieldEdit(era.start, (value) => change({ start: value.trim() }));
  const end = useFieldEdit(era.end, (value) => change({ end: value.trim() }));
  const fields = [
    { key: 'title', label: t('edit.eras.title'), field: title, grow: true },
    { key: 'start', label: t('edit.eras.starts'), field: start, grow: false },
    { key: 'end', label: t('edit.eras.ends'), field: end, grow: false },
  ];
  const shown = [...title.problems, ...start.problems, ...end.problems, ...problems];
  return (
    <li className="edit-era" data-era-id={era.id}>
      <div className="edit-row">
        {fields.map(({ key, label, field, grow }) => (
          <div key={key} className={grow ? 'edit-field edit-field--grow' : 'edit-field edit-era__date'}>
            <label htmlFor={`${ids}-${key}`}>{label}</label>
            <input
              dir="auto"
              id={`${ids}-${key}`}
              type="text"
              value={field.value}
              {...(grow ? {} : { placeholder: datePlaceholder(), inputMode: 'numeric' as const })}
              aria-describedby={`${ids}-problems`}
              aria-invalid={field.problems.length > 0 || undefined}
              onChange={(e) => field.onChange(e.target.value)}
              onBlur={field.onBlur}
            />
          </div>
        ))}
        <button
          type="button"
          className="text-button edit-era__remove"
          aria-label={t('edit.eras.removeNamed', { title: era.title })}
          onClick={() => setProblems(edit({ op: 'era.remove', eraId: era.id }))}
        >
          {t('edit.eras.remove')}
        </button>
      </div>
      <FieldProblems id={`${ids}-problems`} problems={shown} />
    </li>
  );
}

function NewEra({ dataset }: { dataset: Dataset }) {
  const ids = useId();
  const [draft, setDraft] = useState({ title: '', start: '', end: '' });
  const [problems, setProblems] = useState<EditProblem[]>([]);
  const add = (event: FormEvent) => {
    event.preventDefault();
    const taken = new Set((dataset.eras ?? []).map((era) => era.id));
    const era = {
      id: uniqueId(idFromText(draft.title, 'era', 60), taken),
      title: draft.title,
      start: draft.start.trim(),
      end: draft.end.trim(),
    };
    const found = edit({ op: 'era.add', era });
    setProblems(found);
    if (found.length === 0) setDraft({ title: '', start: '', end: '' });
  };
  const fields = [
    { key: 'title', label: t('edit.eras.newTitle'), grow: true },
    { key: 'start', label: t('edit.eras.starts'), grow: false },
    { key: 'end', label: t('edit.eras.ends'), grow: false },
  ] as const;
  return (
    <form className="edit-row edit-era edit-era--new" onSubmit={add} aria-label={t('edit.eras.addForm')}>
      {fields.map(({ key, label, grow }) => (
        <div key={key} className={grow ? 'edit-field edit-field--grow' : 'edit-field edit-era__date'}>
          <label htmlFor={`${ids}-${key}`}>{label}</label>
          <input
            dir="auto"
            id={`${ids}-${key}`}
            type="text"
            value={draft[key]}
            {...(grow ? {} : { placeholder: datePlaceholder(), inputMode: 'numeric' as const })}
            aria-describedby={`${ids}-problems`}
            onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
          />
        </div>
      ))}
      <button type="submit" className="text-button">
        {t('edit.eras.add')}
      </button>
      <FieldProblems id={`${ids}-problems`} problems={problems} />
    </form>
  );
}
