// "Add an article": a reporter pastes an article with its publisher, date and address; the
// extraction pipeline proposes its events, actors and quotes; the reporter keeps, retitles,
// re-dates or drops each; the kept ones join the timeline with the article as their source.
// Everything happens in this browser.
import { useId, useRef, useState } from 'react';
import { isUndated, type Dataset, type EventDate, type TimelineEvent } from '../../schema/dataset';
import { EDITOR_DATE_PHRASE } from '../../schema/dateWords';
import { comparePartialDates, isPartialDate } from '../../schema/partialDate';
import { undatedReason } from '../model/dates/dateProvenance';
import { formatEventDate } from '../model/dates/formatDate';
import { safeUrl } from '../model/url/safeUrl';
import { useNewslineStore } from '../store/store';
import { ModalDialog } from '../ui/ModalDialog';
import type { ArticleInput, Extraction } from './extractArticle';
import { articleSourceId, mergeArticle } from './mergeArticle';
import { proposeEvents } from './proposeEvents';

type Found = Extract<Extraction, { ok: true }>;

interface Draft {
  keep: boolean;
  title: string;
  /** The date as the reporter leaves it: a partial date, empty for "as found". */
  when: string;
  until: string;
  found: TimelineEvent;
}

type Stage =
  | { kind: 'write'; problems: string[] }
  | { kind: 'reading' }
  | { kind: 'review'; found: Found; drafts: Draft[] }
  | { kind: 'adding' };

export interface AddArticleDialogProps {
  /** Shows the merged dataset (after checking it like any other) and opens this event. */
  onAdd: (dataset: Dataset, firstEventId: string | null) => Promise<void>;
  onClose: () => void;
}

const EMPTY: ArticleInput = { text: '', publisher: '', title: '', published: '', url: '' };

export default function AddArticleDialog({ onAdd, onClose }: AddArticleDialogProps) {
  const ids = useId();
  const close = useRef<(() => void) | null>(null);
  const dataset = useNewslineStore((s) => s.dataset);
  const [input, setInput] = useState<ArticleInput>(EMPTY);
  const [stage, setStage] = useState<Stage>({ kind: 'write', problems: [] });

  // Straight to the text, not the close button.
  const textRef = useRef<HTMLTextAreaElement>(null);

  const field = (name: keyof ArticleInput) => ({
    value: input[name],
    onChange: (event: { target: { value: string } }) => setInput({ ...input, [name]: event.target.value }),
  });

  const findEvents = async () => {
    if (!dataset) return;
    const problems = checkInput(input);
    if (problems.length > 0) {
      setStage({ kind: 'write', problems });
      return;
    }
    setStage({ kind: 'reading' });
    const sourceId = articleSourceId(dataset, input.publisher.trim(), input.published.trim());
    const known = dataset.actors.map(({ name, kind, aliases }) => ({ name, kind, aliases }));
    const found = await proposeEvents({ input, known, sourceId });
    if (!found.ok) setStage({ kind: 'write', problems: found.problems });
    else setStage({ kind: 'review', found, drafts: found.events.map(draftOf) });
  };

  const add = async (found: Found, drafts: Draft[]) => {
    if (!dataset) return;
    const events = drafts.filter((draft) => draft.keep).map(eventOf);
    setStage({ kind: 'adding' });
    const merged = mergeArticle(dataset, { source: found.source, actors: found.actors, events });
    await onAdd(merged.dataset, merged.firstEventId);
    close.current?.();
  };

  return (
    <ModalDialog
      title="Add an article"
      className="article-dialog"
      onClose={onClose}
      initialFocus={textRef}
      closeRef={close}
    >
      {stage.kind === 'review' ? (
        <Review
          stage={stage}
          onChange={(drafts) => setStage({ ...stage, drafts })}
          onBack={() => setStage({ kind: 'write', problems: [] })}
          onAdd={() => void add(stage.found, stage.drafts)}
        />
      ) : (
        <form
          className="article-dialog__form"
          onSubmit={(event) => {
            event.preventDefault();
            void findEvents();
          }}
        >
          <label className="article-dialog__text">
            The article’s text
            <textarea
              ref={textRef}
              required
              rows={10}
              {...field('text')}
              placeholder="Paste the article here, one paragraph a line."
            />
          </label>
          <div className="article-dialog__meta">
            <label>
              Publisher
              <input {...field('publisher')} placeholder="Kabul Times" />
            </label>
            <label>
              Published
              <input {...field('published')} placeholder="2025-03-30" aria-describedby={`${ids}-date-help`} />
            </label>
            <label>
              Headline
              <input {...field('title')} />
            </label>
            <label>
              Address
              <input type="url" {...field('url')} placeholder="https://…" />
            </label>
          </div>
          <p id={`${ids}-date-help`} className="embed-dialog__help">
            The date as YYYY, YYYY-MM or YYYY-MM-DD: “last year” in the text is read against it. Leave what
            you do not know empty: nothing is guessed. The article is read in this browser; nothing is sent
            anywhere.
          </p>
          {stage.kind === 'write' && stage.problems.length > 0 && (
            <div role="alert">
              <ul className="load-status__problems article-dialog__problems">
                {stage.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="embed-dialog__actions">
            <button
              type="submit"
              className="text-button text-button--primary"
              disabled={stage.kind !== 'write'}
            >
              {stage.kind === 'reading'
                ? 'Reading the article…'
                : stage.kind === 'adding'
                  ? 'Adding…'
                  : 'Find events'}
            </button>
            <span role="status">{stage.kind === 'reading' ? 'Reading the article…' : ''}</span>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}

function Review({
  stage,
  onChange,
  onBack,
  onAdd,
}: {
  stage: Extract<Stage, { kind: 'review' }>;
  onChange: (drafts: Draft[]) => void;
  onBack: () => void;
  onAdd: () => void;
}) {
  const ids = useId();
  const { found, drafts } = stage;
  const update = (index: number, change: Partial<Draft>) =>
    onChange(drafts.map((draft, i) => (i === index ? { ...draft, ...change } : draft)));
  const problems = drafts.flatMap((draft, index) =>
    draft.keep ? draftProblems(draft).map((p) => `Event ${index + 1}: ${p}`) : [],
  );
  const kept = drafts.filter((draft) => draft.keep).length;
  const undated = drafts.filter((draft) => isUndated(draft.found.date)).length;
  const actorName = new Map(found.actors.map((actor) => [actor.id, actor.name]));
  return (
    <div className="article-dialog__review">
      <p role="status">
        {drafts.length} event{drafts.length === 1 ? '' : 's'} found in the article.
        {undatedNote(undated, drafts.length)} Keep, retitle or re-date each; what you drop is not added.
      </p>
      {found.notes.length > 0 && (
        <ul className="export-dialog__notes article-dialog__notes">
          {found.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <ol className="article-dialog__proposals">
        {drafts.map((draft, index) => (
          <li
            key={draft.found.id}
            className={`article-proposal${draft.keep ? '' : ' article-proposal--dropped'}`}
          >
            <label className="article-proposal__keep">
              <input
                type="checkbox"
                checked={draft.keep}
                onChange={(event) => update(index, { keep: event.target.checked })}
              />
              Keep event {index + 1}
            </label>
            <label>
              Title
              <input
                value={draft.title}
                maxLength={300}
                disabled={!draft.keep}
                onChange={(event) => update(index, { title: event.target.value })}
              />
            </label>
            <div className="article-proposal__dates">
              <label>
                Date
                <input
                  value={draft.when}
                  disabled={!draft.keep}
                  placeholder={
                    draft.found.date.basis === 'bounded' ? formatEventDate(draft.found.date) : 'YYYY-MM-DD'
                  }
                  aria-describedby={`${ids}-${index}-found`}
                  onChange={(event) => update(index, { when: event.target.value.trim() })}
                />
              </label>
              <label>
                Until (for a span)
                <input
                  value={draft.until}
                  disabled={!draft.keep}
                  onChange={(event) => update(index, { until: event.target.value.trim() })}
                />
              </label>
            </div>
            <p id={`${ids}-${index}-found`} className="embed-dialog__help">
              {foundDate(draft.found.date)}
            </p>
            <blockquote className="article-proposal__excerpt">{draft.found.sources[0]?.excerpt}</blockquote>
            <p className="article-proposal__facts">
              {draft.found.actorIds.map((id) => actorName.get(id) ?? id).join(' · ') || 'No actor found'}
              {draft.found.quotes.length > 0
                ? ` · ${draft.found.quotes.length} quote${draft.found.quotes.length === 1 ? '' : 's'}`
                : ''}
              {draft.found.paraphrases.length > 0 ? ` · ${draft.found.paraphrases.length} reported` : ''}
            </p>
          </li>
        ))}
      </ol>
      {problems.length > 0 && (
        <div role="alert">
          <ul className="load-status__problems article-dialog__problems">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="embed-dialog__actions">
        <button type="button" className="text-button" onClick={onBack}>
          ← Back to the article
        </button>
        <button
          type="button"
          className="text-button text-button--primary"
          disabled={kept === 0 || problems.length > 0}
          onClick={onAdd}
        >
          Add {kept} event{kept === 1 ? '' : 's'} to the timeline
        </button>
      </div>
    </div>
  );
}

/** How many proposals have no date, said once above them all. */
function undatedNote(undated: number, total: number): string {
  if (undated === 0) return '';
  const which =
    undated === 1
      ? total === 1
        ? 'It has no date'
        : '1 of them has no date'
      : undated === total
        ? 'None of them has a date'
        : `${undated} of them have no date`;
  return ` ${which}: ${undated === 1 ? 'give it one, or keep it undated' : 'give each one, or keep them undated'}.`;
}

/** The date as the pipeline found it, and what leaving the field empty keeps. */
function foundDate(date: EventDate): string {
  if (isUndated(date)) {
    const words = date.basis === 'bounded' && date.phrase ? ` The words “${date.phrase}” give no date.` : '';
    return `Found: undated. ${undatedReason(date)}${words} Leave the date empty to keep it undated (listed apart from the timeline), or give it one.`;
  }
  if (date.basis === 'bounded')
    return `Found: ${formatEventDate(date)} (the text gives no date; leave empty to keep the bound)`;
  return `Found: ${formatEventDate(date)}`;
}

/** Refuses what the pipeline would refuse, in the reporter's terms, before reading the article. */
function checkInput(input: ArticleInput): string[] {
  const problems: string[] = [];
  if (input.text.trim() === '') problems.push('Paste the article’s text.');
  if (input.published.trim() !== '' && !isPartialDate(input.published.trim())) {
    problems.push('Write the publication date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2025-03-30).');
  }
  if (input.url.trim() !== '' && safeUrl(input.url.trim()) === null)
    problems.push('The address must start with http:// or https://.');
  return problems;
}

function draftOf(event: TimelineEvent): Draft {
  const { date } = event;
  return {
    keep: true,
    title: event.title,
    when: date.basis === 'bounded' ? '' : date.start,
    until: date.basis === 'bounded' ? '' : (date.end ?? ''),
    found: event,
  };
}

function draftProblems(draft: Draft): string[] {
  const problems: string[] = [];
  if (draft.title.trim() === '') problems.push('give it a title.');
  if (draft.when !== '' && !isPartialDate(draft.when))
    problems.push(`“${draft.when}” is not a date like 2025, 2025-03 or 2025-03-28.`);
  if (draft.until !== '' && !isPartialDate(draft.until))
    problems.push(`“${draft.until}” is not a date like 2025, 2025-03 or 2025-03-28.`);
  if (draft.when === '' && draft.found.date.basis !== 'bounded')
    problems.push(`give it a date (the article gives ${formatEventDate(draft.found.date)}).`);
  else if (draft.until !== '' && draft.when === '') problems.push('a span needs its first date too.');
  if (
    isPartialDate(draft.when) &&
    isPartialDate(draft.until) &&
    comparePartialDates(draft.until, draft.when) < 0
  ) {
    problems.push('the span ends before it starts.');
  }
  return problems;
}

/** The event as the reporter left it: a date they changed is theirs, not the text's. */
function eventOf(draft: Draft): TimelineEvent {
  const { found } = draft;
  const title = draft.title.trim();
  const original =
    found.date.basis === 'bounded'
      ? { when: '', until: '' }
      : { when: found.date.start, until: found.date.end ?? '' };
  const unchanged = draft.when === original.when && draft.until === original.until;
  const date: EventDate = unchanged
    ? found.date
    : {
        basis: 'stated',
        start: draft.when,
        ...(draft.until !== '' && draft.until !== draft.when ? { end: draft.until } : {}),
        approximate: false,
        phrase: EDITOR_DATE_PHRASE,
      };
  return { ...found, title, date };
}
