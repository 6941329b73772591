// The selected event in edit mode: every field an editor corrects (title, summary, date, media, actors,
// who said what, quote or reported speech), and merge, split or drop. Each change is an edit,
// checked by the schema, shown and stored at once.
import { useId, useState } from 'react';
import type { Dataset, TimelineEvent } from '../../schema/dataset';
import { idFromText, uniqueId } from '../../schema/id';
import type { EditProblem } from '../../editing/applyEdit';
import type { StatementList } from '../../editing/editOperation';
import { formatEventDate } from '../model/dates/formatDate';
import { t } from '../model/i18n/intl';
import { datasetLookups } from '../model/datasetLookups';
import { useNewslineStore } from '../store/store';
import { DateEditor } from './DateEditor';
import { edit } from './editActions';
import { FieldProblems } from './FieldProblems';
import { MediaEditor } from './MediaEditor';
import { MergeChooser } from './MergeChooser';
import { sourceName } from './sourceName';
import { useFieldEdit } from './useFieldEdit';

export function EventEditor({ event }: { event: TimelineEvent }) {
  const dataset = useNewslineStore((s) => s.dataset);
  if (!dataset) return null;
  return (
    <div className="edit-event" data-testid="event-editor">
      <TextField
        label={t('edit.event.title')}
        saved={event.title}
        toEdit={(title) => ({ op: 'event.title', eventId: event.id, title })}
      />
      <TextField
        label={t('edit.event.summary')}
        multiline
        saved={event.summary}
        toEdit={(summary) => ({ op: 'event.summary', eventId: event.id, summary })}
      />
      <DateEditor key={event.id} event={event} />
      <MediaEditor key={`${event.id} ${JSON.stringify(event.media ?? null)}`} event={event} />
      <ActorsEditor event={event} dataset={dataset} />
      <StatementsEditor event={event} dataset={dataset} list="quotes" />
      <StatementsEditor event={event} dataset={dataset} list="paraphrases" />
      <SourcesEditor event={event} dataset={dataset} />
      <MergeEditor event={event} dataset={dataset} />
      <DropButton event={event} />
    </div>
  );
}

function TextField({
  label,
  saved,
  toEdit,
  multiline = false,
}: {
  label: string;
  saved: string;
  toEdit: Parameters<typeof useFieldEdit<string>>[1];
  multiline?: boolean;
}) {
  const id = useId();
  const field = useFieldEdit(saved, toEdit);
  const common = {
    id,
    value: field.value,
    'aria-invalid': field.problems.length > 0 || undefined,
    'aria-describedby': `${id}-problems`,
    onBlur: field.onBlur,
  };
  return (
    <div className="edit-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea dir="auto" {...common} rows={4} onChange={(e) => field.onChange(e.target.value)} />
      ) : (
        <input
          dir="auto"
          {...common}
          type="text"
          autoComplete="off"
          onChange={(e) => field.onChange(e.target.value)}
        />
      )}
      <FieldProblems id={`${id}-problems`} problems={field.problems} />
    </div>
  );
}

function ActorsEditor({ event, dataset }: { event: TimelineEvent; dataset: Dataset }) {
  const ids = useId();
  const [name, setName] = useState('');
  const [problems, setProblems] = useState<EditProblem[]>([]);
  const byId = datasetLookups(dataset).actorsById;
  const others = dataset.actors.filter((actor) => !event.actorIds.includes(actor.id));
  const add = () => {
    const wanted = name.trim();
    if (wanted === '') return setProblems([{ field: '', message: t('edit.problem.actorName') }]);
    const lower = wanted.toLowerCase();
    const known = dataset.actors.find(
      (actor) =>
        actor.name.toLowerCase() === lower || actor.aliases.some((alias) => alias.toLowerCase() === lower),
    );
    let actorId = known?.id;
    if (!actorId) {
      // A name the timeline does not know yet: a new actor, a person until the editor says otherwise.
      actorId = uniqueId(idFromText(wanted, 'actor'), new Set(dataset.actors.map((a) => a.id)));
      const created = edit({
        op: 'actor.create',
        actor: { id: actorId, name: wanted, kind: 'person', aliases: [] },
      });
      if (created.length > 0) return setProblems(created);
    }
    const found = edit({ op: 'event.addActor', eventId: event.id, actorId });
    setProblems(found);
    if (found.length === 0) setName('');
  };
  return (
    <fieldset className="edit-group">
      <legend>{t('edit.actors.heading')}</legend>
      {event.actorIds.length === 0 ? <p className="edit-field__hint">{t('edit.actors.none')}</p> : null}
      <ul className="chip-list">
        {event.actorIds.map((id) => (
          <li key={id} className="edit-chip">
            {byId.get(id)?.name ?? id}
            <button
              type="button"
              className="icon-button edit-chip__remove"
              aria-label={t('edit.actors.remove', { name: byId.get(id)?.name ?? id })}
              onClick={() => setProblems(edit({ op: 'event.removeActor', eventId: event.id, actorId: id }))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="edit-row">
        <label className="edit-field edit-field--grow">
          <span>{t('edit.actors.add')}</span>
          <input
            dir="auto"
            type="text"
            list={`${ids}-actors`}
            value={name}
            autoComplete="off"
            aria-describedby={`${ids}-problems`}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </label>
        <button type="button" className="text-button" onClick={add}>
          {t('edit.actors.addButton')}
        </button>
      </div>
      <datalist id={`${ids}-actors`}>
        {others.map((actor) => (
          <option key={actor.id} value={actor.name} />
        ))}
      </datalist>
      <FieldProblems id={`${ids}-problems`} problems={problems} />
    </fieldset>
  );
}

function listHeading(list: StatementList): string {
  return list === 'quotes' ? t('edit.statements.quotes') : t('edit.statements.paraphrases');
}

function moveLabel(list: StatementList): string {
  return list === 'quotes' ? t('edit.statements.toParaphrase') : t('edit.statements.toQuote');
}

function StatementsEditor({
  event,
  dataset,
  list,
}: {
  event: TimelineEvent;
  dataset: Dataset;
  list: StatementList;
}) {
  const ids = useId();
  const [problems, setProblems] = useState<EditProblem[]>([]);
  const statements = event[list];
  if (statements.length === 0) return null;
  return (
    <fieldset className="edit-group">
      <legend>{listHeading(list)}</legend>
      {statements.map((statement, index) => (
        <div key={`${index}-${statement.text}`} className="edit-statement">
          <blockquote className="statement__text" dir="auto">
            {list === 'quotes' ? t('edit.statements.quoted', { text: statement.text }) : statement.text}
          </blockquote>
          <div className="edit-row">
            <label className="edit-field">
              <span>{t('edit.statements.speaker')}</span>
              <select
                value={statement.speakerId ?? ''}
                onChange={(e) =>
                  setProblems(
                    edit({
                      op: 'statement.speaker',
                      eventId: event.id,
                      list,
                      index,
                      speakerId: e.target.value === '' ? null : e.target.value,
                    }),
                  )
                }
              >
                <option value="">{t('edit.statements.notStated')}</option>
                {dataset.actors.map((actor) => (
                  <option key={actor.id} value={actor.id}>
                    {actor.name}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="text-button"
              onClick={() =>
                setProblems(edit({ op: 'statement.move', eventId: event.id, from: list, index }))
              }
            >
              {moveLabel(list)}
            </button>
          </div>
        </div>
      ))}
      <FieldProblems id={`${ids}-problems`} problems={problems} />
    </fieldset>
  );
}

function SourcesEditor({ event, dataset }: { event: TimelineEvent; dataset: Dataset }) {
  const ids = useId();
  const [problems, setProblems] = useState<EditProblem[]>([]);
  const sources = datasetLookups(dataset).sourcesById;
  const split = (index: number) => {
    const excerpt = event.sources[index]?.excerpt ?? '';
    const title = excerpt.length > 120 ? `${excerpt.slice(0, 117).trimEnd()}…` : excerpt;
    const taken = new Set(dataset.events.map((e) => e.id));
    const newId = uniqueId(idFromText(title, 'event', 80), taken);
    const found = edit({ op: 'event.split', eventId: event.id, newId, title, sources: [index] });
    setProblems(found);
    if (found.length === 0) useNewslineStore.getState().selectEvent(newId);
  };
  return (
    <fieldset className="edit-group">
      <legend>{t('edit.sources.heading')}</legend>
      {event.sources.map((ref, index) => {
        const source = sources.get(ref.sourceId);
        return (
          <div key={`${index}-${ref.excerpt}`} className="edit-statement">
            <p className="source__publisher">{source ? sourceName(source) : t('edit.sources.unknown')}</p>
            <blockquote className="source__excerpt" dir="auto">
              {ref.excerpt}
            </blockquote>
            {event.sources.length > 1 && (
              <button type="button" className="text-button" onClick={() => split(index)}>
                {t('edit.sources.split')}
              </button>
            )}
          </div>
        );
      })}
      <FieldProblems id={`${ids}-problems`} problems={problems} />
    </fieldset>
  );
}

function MergeEditor({ event, dataset }: { event: TimelineEvent; dataset: Dataset }) {
  const options = dataset.events
    .filter((other) => other.id !== event.id)
    .map((other) => ({
      id: other.id,
      label: t('edit.merge.eventOption', { date: formatEventDate(other.date), title: other.title }),
    }));
  return (
    <fieldset className="edit-group">
      <legend>{t('edit.merge.heading')}</legend>
      <MergeChooser
        label={t('edit.merge.eventLabel')}
        placeholder={t('edit.merge.eventPlaceholder')}
        options={options}
        buttonLabel={t('edit.merge.intoThis')}
        onMerge={(otherId) => edit({ op: 'event.merge', eventId: event.id, otherId })}
      />
    </fieldset>
  );
}

function DropButton({ event }: { event: TimelineEvent }) {
  const ids = useId();
  const [problems, setProblems] = useState<EditProblem[]>([]);
  return (
    <div className="edit-group edit-group--danger">
      <button
        type="button"
        className="text-button"
        aria-describedby={`${ids}-problems`}
        onClick={() => setProblems(edit({ op: 'event.drop', eventId: event.id }))}
      >
        {t('edit.drop.button')}
      </button>
      <p className="edit-field__hint">{t('edit.drop.hint')}</p>
      <FieldProblems id={`${ids}-problems`} problems={problems} />
    </div>
  );
}
