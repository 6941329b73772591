// The article to read: its text, publisher, publication date, headline and address, with what is
// wrong with them and the button that starts the reading.
import { useId, type RefObject } from 'react';
import { t } from '../model/i18n/intl';
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
          {t('article.restored')}{' '}
          <button type="button" className="text-button" onClick={() => onChange(EMPTY)}>
            {t('article.startAfresh')}
          </button>
        </p>
      )}
      <label className="article-dialog__text">
        {t('article.text')}
        <textarea
          ref={textRef}
          // The article's own direction, whatever the interface's: an English text in the Arabic page.
          dir="auto"
          required
          rows={10}
          {...field('text')}
          placeholder={t('article.textPlaceholder')}
        />
      </label>
      <div className="article-dialog__meta">
        <label>
          {t('article.publisher')}
          <input dir="auto" {...field('publisher')} placeholder={t('article.publisherExample')} />
        </label>
        <label>
          {t('article.published')}
          <input
            dir="ltr"
            {...field('published')}
            placeholder="2025-03-30"
            aria-describedby={`${ids}-date-help`}
          />
        </label>
        <label>
          {t('article.headline')}
          <input dir="auto" {...field('title')} />
        </label>
        <label>
          {t('article.address')}
          <input type="url" dir="ltr" {...field('url')} placeholder={t('article.addressExample')} />
        </label>
      </div>
      <p id={`${ids}-date-help`} className="embed-dialog__help">
        {t('article.formHelp')}
      </p>
      <ProblemList problems={stage.kind === 'write' ? stage.problems : []} />
      <div className="embed-dialog__actions">
        <button type="submit" className="text-button text-button--primary" disabled={stage.kind !== 'write'}>
          {stage.kind === 'reading'
            ? t('article.reading')
            : stage.kind === 'adding'
              ? t('article.adding')
              : t('article.findEvents')}
        </button>
        <span role="status">{stage.kind === 'reading' ? t('article.reading') : ''}</span>
      </div>
    </form>
  );
}
