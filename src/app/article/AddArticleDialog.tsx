// "Add an article": a reporter pastes an article with its publisher, date and address; the
// extraction pipeline proposes its events, actors and quotes; the reporter keeps, retitles,
// re-dates or drops each; the kept ones join the timeline with the article as their source.
// Everything happens in this browser. This module only puts the steps together: the form, the
// review, and the hook that moves between them.
import { useEffect, useRef, useState } from 'react';
import { t } from '../model/i18n/intl';
import { ModalDialog } from '../ui/ModalDialog';
import { ArticleForm } from './ArticleForm';
import { EMPTY_ARTICLE } from './articleInput';
import { clearArticleDraft, keepArticleDraft, readArticleDraft } from './articleDraftStore';
import type { ArticleInput } from './extractArticle';
import { ProposedEventReview } from './ProposedEventReview';
import { useArticleProposal, type AddKeptArticle } from './useArticleProposal';

export interface AddArticleDialogProps {
  /** Shows the merged dataset (after checking it like any other) and opens this event. */
  onAdd: AddKeptArticle;
  onClose: () => void;
}

export default function AddArticleDialog({ onAdd, onClose }: AddArticleDialogProps) {
  const close = useRef<(() => void) | null>(null);
  // Straight to the text, not the close button.
  const textRef = useRef<HTMLTextAreaElement>(null);
  // Kept here, not in the form, so that coming back from the review finds the article as it was.
  const [input, setInput] = useState<ArticleInput>(EMPTY_ARTICLE);
  const [restored, setRestored] = useState(false);
  const { stage, findEvents, editDrafts, backToArticle, addKept } = useArticleProposal(onAdd, () => {
    void clearArticleDraft();
    close.current?.();
  });
  // The article left unfinished (a reload, a closed tab) comes back, unless typing began already.
  useEffect(() => {
    let current = true;
    readArticleDraft().then(
      (draft) => {
        if (!current || !draft) return;
        setInput((typed) => (typed === EMPTY_ARTICLE ? draft : typed));
        setRestored(true);
      },
      () => undefined, // no storage here: the dialog works as before, without keeping drafts
    );
    return () => {
      current = false;
    };
  }, []);
  const change = (next: ArticleInput) => {
    setInput(next);
    keepArticleDraft(next).catch(() => undefined);
  };

  return (
    <ModalDialog
      title={t('article.add')}
      className="article-dialog"
      onClose={onClose}
      initialFocus={textRef}
      closeRef={close}
    >
      {stage.kind === 'review' ? (
        <ProposedEventReview
          found={stage.found}
          drafts={stage.drafts}
          onChange={editDrafts}
          onBack={backToArticle}
          onAdd={() => void addKept()}
        />
      ) : (
        <ArticleForm
          input={input}
          onChange={change}
          restored={restored}
          stage={stage}
          textRef={textRef}
          onFind={() => void findEvents(input)}
        />
      )}
    </ModalDialog>
  );
}
