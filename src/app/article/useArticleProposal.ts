// The dialog's steps and the work behind them: the article checked, then read in a worker; its
// proposed events held while the reporter reviews them; the kept ones merged into the dataset and
// handed on to be shown.
import { useState } from 'react';
import type { Dataset } from '../../schema/dataset';
import { useNewslineStore } from '../store/store';
import { draftOf, keptEvents, type Draft } from './articleDraft';
import { articleInputProblems } from './articleInput';
import type { ArticleInput, Extraction } from './extractArticle';
import { articleSourceId, mergeArticle } from './mergeArticle';
import { proposeEvents } from './proposeEvents';

export type Found = Extract<Extraction, { ok: true }>;

export type ProposalStage =
  | { kind: 'write'; problems: string[] }
  | { kind: 'reading' }
  | { kind: 'review'; found: Found; drafts: Draft[] }
  | { kind: 'adding' };

/** Shows the merged dataset (after checking it like any other) and opens this event. */
export type ShowMergedDataset = (dataset: Dataset, firstEventId: string | null) => Promise<void>;

export function useArticleProposal(onAdd: ShowMergedDataset, onAdded: () => void) {
  const dataset = useNewslineStore((s) => s.dataset);
  const [stage, setStage] = useState<ProposalStage>({ kind: 'write', problems: [] });

  const findEvents = async (input: ArticleInput) => {
    if (!dataset) return;
    const problems = articleInputProblems(input);
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

  const editDrafts = (drafts: Draft[]) =>
    setStage((current) => (current.kind === 'review' ? { ...current, drafts } : current));

  const backToArticle = () => setStage({ kind: 'write', problems: [] });

  const addKept = async () => {
    if (!dataset || stage.kind !== 'review') return;
    const { found, drafts } = stage;
    setStage({ kind: 'adding' });
    const merged = mergeArticle(dataset, {
      source: found.source,
      actors: found.actors,
      events: keptEvents(drafts),
    });
    await onAdd(merged.dataset, merged.firstEventId);
    onAdded();
  };

  return { stage, findEvents, editDrafts, backToArticle, addKept };
}
