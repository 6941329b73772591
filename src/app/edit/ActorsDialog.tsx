// The timeline's title and description, its periods (ErasFields.tsx), and its actors, in edit mode: rename one (the old name
// stays as an alias), change its kind, set its aliases, or merge two (every reference follows).
import { useId, useState } from 'react';
import { ActorKindSchema, type Actor, type ActorKind, type Dataset } from '../../schema/dataset';
import type { EditProblem } from '../../editing/applyEdit';
import { t } from '../model/i18n/intl';
import { useNewslineStore } from '../store/store';
import { ModalDialog } from '../ui/ModalDialog';
import { edit } from './editActions';
import { ErasFields } from './ErasFields';
import { FieldProblems } from './FieldProblems';
import { MergeChooser } from './MergeChooser';
import { useFieldEdit } from './useFieldEdit';

function kindName(kind: ActorKind): string {
  return t('edit.actor.kindName', { kind });
}

/** The names an editor typed: commas, Arabic ones too, separate them. */
function aliasesOf(value: string): string[] {
  return value
    .split(/[,،]/)
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '');
}

export function ActorsDialog({ onClose }: { onClose: () => void }) {
  const dataset = useNewslineStore((s) => s.dataset);
  if (!dataset) return null;
  return (
    <ModalDialog title={t('edit.actorsDialog.title')} className="edit-dialog" onClose={onClose}>
      <div className="edit-dialog__body">
        <TimelineFields dataset={dataset} />
        <ErasFields dataset={dataset} />
        <h3>{t('edit.actors.heading')}</h3>
        <ul className="edit-actors">
          {dataset.actors.map((actor) => (
            <ActorRow key={actor.id} actor={actor} dataset={dataset} />
          ))}
        </ul>
      </div>
    </ModalDialog>
  );
}

function TimelineFields({ dataset }: { dataset: Dataset }) {
  const ids = useId();
  const title = useFieldEdit(dataset.title, (value) => ({ op: 'dataset.title', title: value }));
  const description = useFieldEdit(dataset.description ?? '', (value) => ({
    op: 'dataset.description',
    description: value,
  }));
  return (
    <div className="edit-group">
      <div className="edit-field">
        <label htmlFor={`${ids}-title`}>{t('edit.timeline.title')}</label>
        <input
          dir="auto"
          id={`${ids}-title`}
          type="text"
          value={title.value}
          aria-describedby={`${ids}-title-problems`}
          aria-invalid={title.problems.length > 0 || undefined}
          onChange={(e) => title.onChange(e.target.value)}
          onBlur={title.onBlur}
        />
        <FieldProblems id={`${ids}-title-problems`} problems={title.problems} />
      </div>
      <div className="edit-field">
        <label htmlFor={`${ids}-description`}>{t('edit.timeline.description')}</label>
        <textarea
          dir="auto"
          id={`${ids}-description`}
          rows={3}
          value={description.value}
          aria-describedby={`${ids}-description-problems`}
          onChange={(e) => description.onChange(e.target.value)}
          onBlur={description.onBlur}
        />
        <FieldProblems id={`${ids}-description-problems`} problems={description.problems} />
      </div>
    </div>
  );
}

function ActorRow({ actor, dataset }: { actor: Actor; dataset: Dataset }) {
  const ids = useId();
  const [problems, setProblems] = useState<EditProblem[]>([]);
  const name = useFieldEdit(actor.name, (value) => ({ op: 'actor.rename', actorId: actor.id, name: value }));
  const aliases = useFieldEdit(actor.aliases.join(', '), (value) => ({
    op: 'actor.aliases',
    actorId: actor.id,
    aliases: aliasesOf(value),
  }));
  const others = dataset.actors.filter((other) => other.id !== actor.id);
  return (
    <li className="edit-actor" data-actor-id={actor.id}>
      <div className="edit-row">
        <div className="edit-field edit-field--grow">
          <label htmlFor={`${ids}-name`}>{t('edit.actor.name')}</label>
          <input
            dir="auto"
            id={`${ids}-name`}
            type="text"
            value={name.value}
            aria-describedby={`${ids}-problems`}
            aria-invalid={name.problems.length > 0 || undefined}
            onChange={(e) => name.onChange(e.target.value)}
            onBlur={name.onBlur}
          />
        </div>
        <div className="edit-field">
          <label htmlFor={`${ids}-kind`}>{t('edit.actor.kind')}</label>
          <select
            id={`${ids}-kind`}
            value={actor.kind}
            onChange={(e) =>
              setProblems(
                edit({ op: 'actor.kind', actorId: actor.id, kind: ActorKindSchema.parse(e.target.value) }),
              )
            }
          >
            {ActorKindSchema.options.map((kind) => (
              <option key={kind} value={kind}>
                {kindName(kind)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="edit-field">
        <label htmlFor={`${ids}-aliases`}>{t('edit.actor.aliases')}</label>
        <input
          dir="auto"
          id={`${ids}-aliases`}
          type="text"
          value={aliases.value}
          aria-describedby={`${ids}-problems`}
          onChange={(e) => aliases.onChange(e.target.value)}
          onBlur={aliases.onBlur}
        />
      </div>
      <MergeChooser
        label={t('edit.actor.sameAs')}
        placeholder={t('edit.actor.placeholder')}
        options={others.map((other) => ({ id: other.id, label: other.name }))}
        buttonLabel={t('edit.actor.mergeInto', { name: actor.name })}
        onMerge={(otherId) => edit({ op: 'actor.merge', actorId: actor.id, otherId })}
      />
      <FieldProblems id={`${ids}-problems`} problems={[...name.problems, ...aliases.problems, ...problems]} />
    </li>
  );
}
