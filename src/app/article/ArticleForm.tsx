// The article to read: its text, publisher, publication date, headline and address, with what is
// wrong with them and the button that starts the reading.
import { useId, type RefObject } from 'react';
import type { ArticleInput } from './extractArticle';
import { EMPTY_ARTICLE as EMPTY } from './articleInput';
import { ProblemList } from './ProblemList';
import type { ProposalStage } from './useArticleProposal';

interface ArticleFormProps {
  input: ArticleInput;
  onChange: (input: ArticleInput) => void;
  stage: Exclude<ProposalStage, { kind: 'review' }>;
  /** The text area, which the dialog focuses when it opens. */
  textRef: RefObject<HTMLTextAreaElement | null>;
  onFind: () => void;
  /** The article was left unfinished and kept: say so. */
  restored?: boolean;
}

export function ArticleForm({ input, onChange, stage, textRef, onFind, restored = false }: ArticleFormProps) {
  const ids = useId();
  const field = (name: keyof ArticleInput) => ({
    value: input[name],
    onChange: (event: { target: { value: string } }) => onChange({ ...input, [name]: event.target.value }),
  });
  return (
    <form
      className="article-dialog__form"
      onSubmit={(event) => {
        event.preventDefault();
        onFind();
      }}
    >
      {restored && Object.values(input).some((value) => value !== '') && (
        <p className="article-dialog__restored" role="status">
          The article you left unfinished was kept in this browser: here it is.{' '}
          <button type="button" className="text-button" onClick={() => onChange(EMPTY)}>
            Start afresh
          </button>
        </p>
      )}
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
        The date as YYYY, YYYY-MM or YYYY-MM-DD: “last year” in the text is read against it. Leave what you do
        not know empty: nothing is guessed. The article is read in this browser; nothing is sent anywhere.
      </p>
      <ProblemList problems={stage.kind === 'write' ? stage.problems : []} />
      <div className="embed-dialog__actions">
        <button type="submit" className="text-button text-button--primary" disabled={stage.kind !== 'write'}>
          {stage.kind === 'reading'
            ? 'Reading the article…'
            : stage.kind === 'adding'
              ? 'Adding…'
              : 'Find events'}
        </button>
        <span role="status">{stage.kind === 'reading' ? 'Reading the article…' : ''}</span>
      </div>
    </form>
  );
}
