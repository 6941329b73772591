// The selected event in edit mode: every field an editor corrects (title, summary, date, media, actors,
// who said what, quote or reported speech), and merge, split or drop. Each change is an edit,
// checked by the schema, shown and stored at once.
import { useId, useState } from 'react';
import type { Dataset, TimelineEvent } from '../../schema/dataset';
import { idFromText, uniqueId } from '../../schema/id';
import type { EditProblem } from '../../editing/applyEdit';
import type { StatementList } from '../../editing/editOperation';
import { formatEventDate } from '../model/dates/formatDate';
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
        label="Title"
        saved={event.title}
        toEdit={(title) => ({ op: 'event.title', eventId: event.id, title })}
      />
      <TextField
        label="Summary"
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
        <textarea {...common} rows={4} onChange={(e) => field.onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" autoComplete="off" onChange={(e) => field.onChange(e.target.value)} />
      )}
      <FieldProblems id={`${id}-problems`} problems={field.problems} />
    </div>
  );
}

function ActorsEditor({ event, dataset }: { event: TimelineEvent; dataset: Dataset }) {
  const ids = useId();
  const [name, setName] = useState('');
  const [problems, setProblems] = useState<EditProblem[]>([]);
  const byId = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const others = dataset.actors.filter((actor) => !event.actorIds.includes(actor.id));
  const add = () => {
    const wanted = name.trim();
    if (wanted === '') return setProblems([{ field: '', message: 'write the name of an actor' }]);
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
      <legend>Actors</legend>
      {event.actorIds.length === 0 ? <p className="edit-field__hint">No actor yet.</p> : null}
      <ul className="chip-list">
        {event.actorIds.map((id) => (
          <li key={id} className="edit-chip">
            {byId.get(id)?.name ?? id}
            <button
              type="button"
              className="icon-button edit-chip__remove"
              aria-label={`Remove ${byId.get(id)?.name ?? id} from this event`}
              onClick={() => setProblems(edit({ op: 'event.removeActor', eventId: event.id, actorId: id }))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="edit-row">
        <label className="edit-field edit-field--grow">
          <span>Add an actor</span>
          <input
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
          Add
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

const LIST_HEADINGS = { quotes: 'Quotes', paraphrases: 'Reported statements' } as const;
const MOVE_LABELS = { quotes: 'Make it reported speech', paraphrases: 'Make it a quote' } as const;

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
      <legend>{LIST_HEADINGS[list]}</legend>
      {statements.map((statement, index) => (
        <div key={`${index}-${statement.text}`} className="edit-statement">
          <blockquote className="statement__text">
            {list === 'quotes' ? `\u201c${statement.text}\u201d` : statement.text}
          </blockquote>
          <div className="edit-row">
            <label className="edit-field">
              <span>Speaker</span>
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
                <option value="">Not stated</option>
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
              {MOVE_LABELS[list]}
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
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
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
      <legend>Sources</legend>
      {event.sources.map((ref, index) => {
        const source = sources.get(ref.sourceId);
        return (
          <div key={`${index}-${ref.excerpt}`} className="edit-statement">
            <p className="source__publisher">{source ? sourceName(source) : 'Unknown source'}</p>
            <blockquote className="source__excerpt">{ref.excerpt}</blockquote>
            {event.sources.length > 1 && (
              <button type="button" className="text-button" onClick={() => split(index)}>
                Split into an event of its own
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
    .map((other) => ({ id: other.id, label: `${formatEventDate(other.date)}: ${other.title}` }));
  return (
    <fieldset className="edit-group">
      <legend>Merge</legend>
      <MergeChooser
        label="Another event that tells the same happening"
        placeholder="Choose an event…"
        options={options}
        buttonLabel="Merge into this one"
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
        Drop this event
      </button>
      <p className="edit-field__hint">Dropped events can be brought back from the edit bar.</p>
      <FieldProblems id={`${ids}-problems`} problems={problems} />
    </div>
  );
}
