// The dialog's steps and the work behind them: the article checked, then read in a worker; its
// proposed events held while the reporter reviews them; the kept ones handed on, with the article,
// to be added to the timeline as an edit (kept in this browser).
import { useState } from 'react';
import type { Actor, Source, TimelineEvent } from '../../schema/dataset';
import type { PastedArticle } from '../../editing/editOperation';
import { articleSourceId } from '../../editing/mergeArticle';
import { useNewslineStore } from '../store/store';
import { draftOf, keptEvents, type Draft } from './articleDraft';
import { articleInputProblems } from './articleInput';
import type { ArticleInput, Extraction } from './extractArticle';
import { proposeEvents } from './proposeEvents';

export type Found = Extract<Extraction, { ok: true }>;

export type ProposalStage =
  | { kind: 'write'; problems: string[] }
  | { kind: 'reading' }
  | { kind: 'review'; found: Found; drafts: Draft[]; article: ArticleInput }
  | { kind: 'adding' };

/** What a reporter keeps of an article: the events, the article they come from and its actors. */
export interface KeptArticle {
  article: PastedArticle;
  source: Source;
  actors: Actor[];
  events: TimelineEvent[];
}

/** Adds the kept events to the timeline (an edit, kept in this browser) and opens the first. */
export type AddKeptArticle = (kept: KeptArticle) => Promise<void>;

export function useArticleProposal(onAdd: AddKeptArticle, onAdded: () => void) {
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
    else setStage({ kind: 'review', found, drafts: found.events.map(draftOf), article: input });
  };

  const editDrafts = (drafts: Draft[]) =>
    setStage((current) => (current.kind === 'review' ? { ...current, drafts } : current));

  const backToArticle = () => setStage({ kind: 'write', problems: [] });

  const addKept = async () => {
    if (!dataset || stage.kind !== 'review') return;
    const { found, drafts, article } = stage;
    setStage({ kind: 'adding' });
    await onAdd({
      article,
      source: found.source,
      actors: [...found.actors],
      events: keptEvents(drafts),
    });
    onAdded();
  };

  return { stage, findEvents, editDrafts, backToArticle, addKept };
}
