// The event's media in edit mode: a picture (address, alt text, caption, credit) or a link (address,
// label, caption, credit). The draft is checked by the schema before it becomes an edit, so a picture
// without alt text is refused here, under its field, as the loader would refuse it.
import { useId, useState } from 'react';
import { MediaSchema, type Media, type TimelineEvent } from '../../schema/dataset';
import type { EditProblem } from '../../editing/applyEdit';
import { t } from '../model/i18n/intl';
import { edit } from './editActions';
import { FieldProblems } from './FieldProblems';

interface Draft {
  kind: Media['kind'];
  url: string;
  alt: string;
  label: string;
  caption: string;
  credit: string;
}

function draftOf(media: Media | undefined): Draft {
  return {
    kind: media?.kind ?? 'image',
    url: media?.url ?? '',
    alt: media?.kind === 'image' ? media.alt : '',
    label: media?.kind === 'link' ? (media.label ?? '') : '',
    caption: media?.caption ?? '',
    credit: media?.credit ?? '',
  };
}

/** The draft as the schema's input: empty optional fields left out, alt text always there to check. */
function candidate(draft: Draft): unknown {
  const optional = (key: string, value: string) => (value.trim() === '' ? {} : { [key]: value });
  const words = { ...optional('caption', draft.caption), ...optional('credit', draft.credit) };
  return draft.kind === 'image'
    ? { kind: 'image', url: draft.url.trim(), alt: draft.alt, ...words }
    : { kind: 'link', url: draft.url.trim(), ...optional('label', draft.label), ...words };
}

/** Keyed by the event and its media (EventEditor): another event, an undo or a redo starts afresh. */
export function MediaEditor({ event }: { event: TimelineEvent }) {
  const ids = useId();
  const [draft, setDraft] = useState(() => draftOf(event.media));
  const [problems, setProblems] = useState<EditProblem[]>([]);

  const field = (key: keyof Draft, label: string, hint?: string) => (
    <label className="edit-field">
      <span>{label}</span>
      <input
        dir="auto"
        type={key === 'url' ? 'url' : 'text'}
        value={draft[key]}
        autoComplete="off"
        aria-describedby={`${ids}-problems`}
        aria-invalid={problems.some((problem) => problem.field === `media.${key}`) || undefined}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
      {hint && <span className="edit-field__hint">{hint}</span>}
    </label>
  );
  const save = () => {
    const checked = MediaSchema.safeParse(candidate(draft));
    if (!checked.success) {
      return setProblems(
        checked.error.issues.map((issue) => ({
          field: ['media', ...issue.path.map(String)].join('.'),
          message: issue.message,
        })),
      );
    }
    setProblems(edit({ op: 'event.media', eventId: event.id, media: checked.data }));
  };

  return (
    <fieldset className="edit-group">
      <legend>{t('edit.media.heading')}</legend>
      <div className="edit-choice" role="radiogroup" aria-label={t('edit.media.kind')}>
        {(['image', 'link'] as const).map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name={`${ids}-kind`}
              checked={draft.kind === kind}
              onChange={() => setDraft({ ...draft, kind })}
            />
            {kind === 'image' ? t('edit.media.image') : t('edit.media.link')}
          </label>
        ))}
      </div>
      {field('url', t('edit.media.url'))}
      {draft.kind === 'image'
        ? field('alt', t('edit.media.alt'), t('edit.media.altHint'))
        : field('label', t('edit.media.label'))}
      {field('caption', t('edit.media.caption'))}
      {field('credit', t('edit.media.credit'))}
      <div className="edit-row">
        <button type="button" className="text-button" onClick={save}>
          {event.media ? t('edit.media.save') : t('edit.media.add')}
        </button>
        {event.media && (
          <button
            type="button"
            className="text-button"
            onClick={() => setProblems(edit({ op: 'event.media', eventId: event.id, media: null }))}
          >
            {t('edit.media.remove')}
          </button>
        )}
      </div>
      <FieldProblems id={`${ids}-problems`} problems={problems} />
    </fieldset>
  );
}
