// The date of an event in edit mode: a date or a span (with how approximate it is), or only bounds
// (or none: undated). A date the editor sets is theirs: its phrase says "dated by the editor".
import { useId, useMemo } from 'react';
import type { EventDate, TimelineEvent } from '../../schema/dataset';
import { EDITOR_DATE_PHRASE } from '../../schema/dateWords';
import { t } from '../model/i18n/intl';
import { FieldProblems } from './FieldProblems';
import { useFieldEdit } from './useFieldEdit';

interface DateDraft {
  mode: 'dated' | 'bounded';
  start: string;
  end: string;
  approximate: boolean;
  after: string;
  before: string;
}

function draftOf(date: EventDate): DateDraft {
  return date.basis === 'bounded'
    ? {
        mode: 'bounded',
        start: '',
        end: '',
        approximate: false,
        after: date.after ?? '',
        before: date.before ?? '',
      }
    : {
        mode: 'dated',
        start: date.start,
        end: date.end ?? '',
        approximate: date.approximate,
        after: '',
        before: '',
      };
}

/** The date the draft says; the article's own date (and phrase) when the editor left it as found. */
function dateOf(draft: DateDraft, found: EventDate): EventDate {
  const same = JSON.stringify(draftOf(found)) === JSON.stringify(draftOf(dateFromDraft(draft, found)));
  return same ? found : dateFromDraft(draft, found);
}

function dateFromDraft(draft: DateDraft, found: EventDate): EventDate {
  const trimmed = (value: string) => value.trim();
  if (draft.mode === 'bounded') {
    return {
      basis: 'bounded',
      ...(trimmed(draft.after) ? { after: trimmed(draft.after) } : {}),
      ...(trimmed(draft.before) ? { before: trimmed(draft.before) } : {}),
      phrase: found.phrase,
      ...(found.basis === 'bounded' && found.reason ? { reason: found.reason } : {}),
    };
  }
  return {
    basis: 'stated',
    start: trimmed(draft.start),
    ...(trimmed(draft.end) ? { end: trimmed(draft.end) } : {}),
    approximate: draft.approximate,
    phrase: EDITOR_DATE_PHRASE,
  };
}

export function DateEditor({ event }: { event: TimelineEvent }) {
  const ids = useId();
  const saved = useMemo(() => draftOf(event.date), [event.date]);
  const field = useFieldEdit(saved, (draft) => ({
    op: 'event.date',
    eventId: event.id,
    date: dateOf(draft, event.date),
  }));
  const draft = field.value;
  const change = (patch: Partial<DateDraft>) => field.onChange({ ...draft, ...patch });
  const text = (name: 'start' | 'end' | 'after' | 'before', label: string) => (
    <label className="edit-field edit-field--date">
      <span>{label}</span>
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('edit.date.placeholder')}
        value={draft[name]}
        aria-describedby={`${ids}-hint ${ids}-problems`}
        aria-invalid={field.problems.some((p) => p.field.endsWith(name) || p.field === 'date') || undefined}
        onChange={(e) => change({ [name]: e.target.value })}
        onBlur={field.onBlur}
      />
    </label>
  );
  return (
    <fieldset className="edit-group">
      <legend>{t('edit.date.heading')}</legend>
      <div className="edit-choice" role="radiogroup" aria-label={t('edit.date.how')}>
        <label>
          <input
            type="radio"
            name={`${ids}-mode`}
            checked={draft.mode === 'dated'}
            onChange={() => change({ mode: 'dated', start: draft.start || draft.after || draft.before })}
          />
          {t('edit.date.dated')}
        </label>
        <label>
          <input
            type="radio"
            name={`${ids}-mode`}
            checked={draft.mode === 'bounded'}
            onChange={() => change({ mode: 'bounded' })}
          />
          {t('edit.date.bounded')}
        </label>
      </div>
      {draft.mode === 'dated' ? (
        <div className="edit-row">
          {text('start', t('edit.date.start'))}
          {text('end', t('edit.date.end'))}
          <label className="edit-check">
            <input
              type="checkbox"
              checked={draft.approximate}
              onChange={(e) => change({ approximate: e.target.checked })}
            />
            {t('edit.date.approximate')}
          </label>
        </div>
      ) : (
        <div className="edit-row">
          {text('after', t('edit.date.after'))}
          {text('before', t('edit.date.before'))}
        </div>
      )}
      <p id={`${ids}-hint`} className="edit-field__hint">
        {t('edit.date.hint')}
        {draft.mode === 'bounded' ? ` ${t('edit.date.hintBounded')}` : ''}
      </p>
      <FieldProblems id={`${ids}-problems`} problems={field.problems} />
    </fieldset>
  );
}
