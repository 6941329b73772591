// The review of the events proposed from the article: how many were found, the extractor's doubts,
// a row for each, what stops them being added, and the way back to the article or on to the
// timeline.
import { useId } from 'react';
import { isUndated } from '../../schema/undated';
import { t } from '../model/i18n/intl';
import { reviewProblems, type Draft } from './articleDraft';
import { ProblemList } from './ProblemList';
import { ProposedEventRow } from './ProposedEventRow';
import { reviewSummary } from './reviewWording';
import type { Found } from './useArticleProposal';

interface ProposedEventReviewProps {
  found: Found;
  drafts: Draft[];
  onChange: (drafts: Draft[]) => void;
  onBack: () => void;
  onAdd: () => void;
}

export function ProposedEventReview({ found, drafts, onChange, onBack, onAdd }: ProposedEventReviewProps) {
  const ids = useId();
  const update = (index: number, change: Partial<Draft>) =>
    onChange(drafts.map((draft, i) => (i === index ? { ...draft, ...change } : draft)));
  const problems = reviewProblems(drafts);
  const kept = drafts.filter((draft) => draft.keep).length;
  const undated = drafts.filter((draft) => isUndated(draft.found.date)).length;
  const actorName = new Map(found.actors.map((actor) => [actor.id, actor.name]));
  return (
    <div className="article-dialog__review">
      <p role="status">{reviewSummary(drafts.length, undated)}</p>
      {found.notes.length > 0 && (
        <ul className="export-dialog__notes article-dialog__notes">
          {found.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <ol className="article-dialog__proposals">
        {drafts.map((draft, index) => (
          <ProposedEventRow
            key={draft.found.id}
            draft={draft}
            number={index + 1}
            foundId={`${ids}-${index}-found`}
            actorName={actorName}
            onChange={(change) => update(index, change)}
          />
        ))}
      </ol>
      <ProblemList problems={problems} />
      <div className="embed-dialog__actions">
        <button type="button" className="text-button" onClick={onBack}>
          {t('article.back')}
        </button>
        <button
          type="button"
          className="text-button text-button--primary"
          disabled={kept === 0 || problems.length > 0}
          onClick={onAdd}
        >
          {t('article.addKept', { count: kept })}
        </button>
      </div>
    </div>
  );
}
