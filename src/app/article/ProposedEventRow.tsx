// One proposed event in the review: keep or drop it, retitle or re-date it, beside the date it was
// found with, the passage it rests on, and who and what it involves.
import { formatEventDate } from '../model/dates/formatDate';
import { t } from '../model/i18n/intl';
import type { Draft } from './articleDraft';
import { foundDate, proposalFacts } from './reviewWording';

interface ProposedEventRowProps {
  draft: Draft;
  /** Its place in the list, from 1, as its label and its problems name it. */
  number: number;
  /** The id of the line that says the date found, which describes the Date field. */
  foundId: string;
  actorName: ReadonlyMap<string, string>;
  onChange: (change: Partial<Draft>) => void;
}

export function ProposedEventRow({ draft, number, foundId, actorName, onChange }: ProposedEventRowProps) {
  const { found } = draft;
  return (
    <li className={`article-proposal${draft.keep ? '' : ' article-proposal--dropped'}`}>
      <label className="article-proposal__keep">
        <input
          type="checkbox"
          checked={draft.keep}
          onChange={(event) => onChange({ keep: event.target.checked })}
        />
        {t('article.keepEvent', { number })}
      </label>
      <label>
        {t('article.title')}
        <input
          dir="auto"
          value={draft.title}
          maxLength={300}
          disabled={!draft.keep}
          onChange={(event) => onChange({ title: event.target.value })}
        />
      </label>
      <div className="article-proposal__dates">
        <label>
          {t('article.date')}
          <input
            value={draft.when}
            disabled={!draft.keep}
            placeholder={
              found.date.basis === 'bounded' ? formatEventDate(found.date) : t('article.datePlaceholder')
            }
            aria-describedby={foundId}
            onChange={(event) => onChange({ when: event.target.value.trim() })}
          />
        </label>
        <label>
          {t('article.until')}
          <input
            value={draft.until}
            disabled={!draft.keep}
            onChange={(event) => onChange({ until: event.target.value.trim() })}
          />
        </label>
      </div>
      <p id={foundId} className="embed-dialog__help">
        {foundDate(found.date)}
      </p>
      <blockquote className="article-proposal__excerpt" dir="auto">
        {found.sources[0]?.excerpt}
      </blockquote>
      <p className="article-proposal__facts">{proposalFacts(found, actorName)}</p>
    </li>
  );
}
