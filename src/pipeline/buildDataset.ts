// Assembles the dataset from the analysed corpus, its events and the curation file: pure, sorted
// and stable, so unchanged input gives byte-identical output.
import type {
  Actor,
  Dataset,
  EventDate,
  Paraphrase,
  Quote,
  Source,
  SourceRef,
  TimelineEvent,
} from '../schema/dataset';
import { SCHEMA_VERSION } from '../schema/dataset';
import type { AnalysedArticle } from './analyse';
import type { AddedEvent, Curation, EventEdit } from './curation';
import { eventDate, latestStated, segmentEvents, type EventCandidate } from './events';
import { withLeadImages } from './leadImages';
import type { KnownActor } from './actorTable';
import type { ActorMention, AnalysedSentence } from './types';
import { eventTitle } from './titles';
import { uniqueBy } from '../schema/uniqueBy';

export interface BuildInput {
  corpus: readonly AnalysedArticle[];
  curation: Curation;
  title: string;
  description?: string;
  /** The alias table's actors: curation may name one that no article mentions. */
  knownActors?: readonly KnownActor[];
}

export interface BuildOutput {
  dataset: Dataset;
  /** Every event the extraction proposed, before curation (for the review report and scoring). */
  candidates: EventCandidate[];
  /** Problems with the curation file: keys or excerpts that match nothing. */
  curationProblems: string[];
}

interface Draft {
  key: string;
  id: string;
  title: string;
  summary: string;
  date: EventDate;
  sentences: { sourceId: string; sentence: AnalysedSentence; excerpt?: { text: string; start: number } }[];
  actorEdits: { add: string[]; remove: string[] };
  fixedActors?: string[];
}

export function buildDataset({
  corpus,
  curation,
  title,
  description,
  knownActors = [],
}: BuildInput): BuildOutput {
  const candidates = corpus.flatMap(segmentEvents);
  const problems: string[] = [];
  const drafts = new Map<string, Draft>(
    mergeSameHappenings(candidates.map(draftOf)).map((draft) => [draft.key, draft]),
  );

  for (const [key, edit] of Object.entries(curation.events)) {
    const draft = drafts.get(key);
    if (!draft) problems.push(`curation: no extracted event has the key "${key}"`);
    else applyEdit(draft, edit, drafts, corpus, problems);
  }
  for (const added of curation.add) {
    const draft = addedDraft(added, corpus, problems);
    if (draft) drafts.set(`add:${added.id}`, draft);
  }

  const mentions = corpus.flatMap(({ sentences }) => sentences.flatMap((sentence) => sentence.actors));
  // Actors an event may name: those the articles mention, and the alias table's.
  const available = new Map<string, Actor>(
    knownActors.map((a) => [a.id, { id: a.id, name: a.name, kind: a.kind, aliases: [] }]),
  );
  for (const mention of mentions)
    if (!available.has(mention.actorId))
      available.set(mention.actorId, {
        id: mention.actorId,
        name: mention.name,
        kind: mention.kind,
        aliases: [],
      });
  const eventIds = new Set<string>();
  const events = [...drafts.values()]
    .map((draft) => toEvent(draft))
    .filter((event) => {
      // A curated id that repeats another event's would make the dataset invalid: keep the first.
      if (eventIds.has(event.id))
        problems.push(`curation: a second event has the id "${event.id}"; it is left out`);
      return eventIds.has(event.id) ? false : (eventIds.add(event.id), true);
    })
    .map((event) => {
      const unknown = event.actorIds.filter((id) => !available.has(id));
      for (const id of unknown)
        problems.push(`curation: event "${event.id}" names the unknown actor "${id}"; it is left out`);
      return unknown.length
        ? { ...event, actorIds: event.actorIds.filter((id) => available.has(id)) }
        : event;
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const usedActorIds = new Set(events.flatMap((event) => [...event.actorIds, ...speakerIds(event)]));
  return {
    dataset: {
      schemaVersion: SCHEMA_VERSION,
      title,
      ...(description !== undefined ? { description } : {}),
      ...(curation.eras?.length ? { eras: curation.eras } : {}),
      sources: corpus.map(({ article }) => sourceOf(article.meta)).sort(byId),
      actors: actorsFrom(mentions, usedActorIds, available),
      events: withLeadImages(
        events,
        corpus.map(({ article }) => article.meta),
      ),
    },
    candidates,
    curationProblems: problems,
  };
}

function draftOf(candidate: EventCandidate): Draft {
  return {
    key: candidate.key,
    id: candidate.key,
    title: titleOf(candidate),
    summary: candidate.summary,
    date: candidate.date,
    sentences: candidate.sentences.map((sentence) => ({ sourceId: candidate.sourceId, sentence })),
    actorEdits: { add: [], remove: [] },
  };
}

/** The title comes from the lead, or from the first sentence that says something when the lead is a teaser ("Move over, Kepler."). */
function titleOf(candidate: EventCandidate): string {
  const telling = (text: string) => text.split(/\s+/).length >= 6;
  const lead = telling(candidate.lead.text)
    ? candidate.lead
    : (candidate.sentences.find((unit) => telling(unit.text)) ?? candidate.lead);
  return eventTitle(lead.text, lead === candidate.lead ? candidate.summary : lead.text);
}

function applyEdit(
  draft: Draft,
  edit: EventEdit,
  drafts: Map<string, Draft>,
  corpus: readonly AnalysedArticle[],
  problems: string[],
): void {
  if (edit.drop) {
    drafts.delete(draft.key);
    return;
  }
  for (const key of edit.merge ?? []) {
    const other = drafts.get(key);
    if (!other) problems.push(`curation: "${draft.key}" merges "${key}", which matches no event`);
    else {
      draft.sentences.push(...other.sentences);
      drafts.delete(key);
    }
  }
  // "This passage tells it too": an excerpt of another article joins the event as a source.
  for (const excerpt of edit.excerpts ?? []) {
    const part = excerptPart(excerpt, corpus);
    if (part) draft.sentences.push(part);
    else problems.push(`curation: "${draft.key}" quotes text that is not in source "${excerpt.source}"`);
  }
  if (edit.id) draft.id = edit.id;
  if (edit.title) draft.title = edit.title;
  if (edit.summary) draft.summary = edit.summary;
  if (edit.date) draft.date = edit.date;
  if (edit.actors) draft.actorEdits = edit.actors;
}

/** An exact passage of an article, with only the dates, actors and statements inside it; null when it is not there. */
function excerptPart(
  excerpt: { source: string; text: string },
  corpus: readonly AnalysedArticle[],
): Draft['sentences'][number] | null {
  const entry = corpus.find(({ article }) => article.meta.id === excerpt.source);
  const at = entry?.article.text.indexOf(excerpt.text) ?? -1;
  const sentence = entry?.sentences.find((s) => at >= s.start && at < s.start + s.text.length);
  if (!entry || at === -1 || !sentence) return null;
  const within = (start: number) => start >= at && start < at + excerpt.text.length;
  return {
    sourceId: excerpt.source,
    excerpt: { text: excerpt.text, start: at },
    sentence: {
      ...sentence,
      dates: sentence.dates.filter((d) => within(d.start)),
      actors: sentence.actors.filter((a) => within(a.start)),
      statements: sentence.statements.filter((s) => within(s.start)),
    },
  };
}

/** An event the extraction did not separate, built from exact excerpts of the articles. */
function addedDraft(added: AddedEvent, corpus: readonly AnalysedArticle[], problems: string[]): Draft | null {
  const sentences: Draft['sentences'] = [];
  for (const excerpt of added.excerpts) {
    const part = excerptPart(excerpt, corpus);
    if (!part) {
      problems.push(
        `curation: added event "${added.id}" quotes text that is not in source "${excerpt.source}"`,
      );
      return null;
    }
    sentences.push(part);
  }
  const first = sentences[0]!;
  const entry = corpus.find(({ article }) => article.meta.id === first.sourceId);
  const published = entry?.article.meta.published ?? null;
  const before = first.excerpt?.start ?? first.sentence.start;
  const anchor = latestStated((entry?.sentences ?? []).filter((sentence) => sentence.start < before));
  return {
    key: `add:${added.id}`,
    id: added.id,
    title: added.title,
    summary: added.summary ?? first.excerpt?.text ?? first.sentence.text,
    date:
      added.date ??
      eventDate(
        sentences.map((s) => s.sentence),
        published,
        anchor,
        first.sourceId,
      ),
    sentences,
    actorEdits: { add: [], remove: [] },
    ...(added.actors ? { fixedActors: added.actors } : {}),
  };
}

/** The same happening in two articles (same stated date, mostly the same actors) becomes one event. */
function mergeSameHappenings(drafts: Draft[]): Draft[] {
  const merged: Draft[] = [];
  // Only drafts with the same stated date can match: compare within those buckets, not all pairs.
  const byDate = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const key = draft.date?.basis === 'stated' ? `${draft.date.start}/${draft.date.end ?? ''}` : null;
    const bucket = key === null ? [] : (byDate.get(key) ?? []);
    const twin = bucket.find((other) => sameHappening(other, draft));
    if (twin) {
      twin.sentences.push(...draft.sentences);
      continue;
    }
    merged.push(draft);
    if (key !== null) byDate.set(key, [...bucket, draft]);
  }
  return merged;
}

function sameHappening(a: Draft, b: Draft): boolean {
  const sourcesOf = (draft: Draft) => new Set(draft.sentences.map((part) => part.sourceId));
  if ([...sourcesOf(b)].some((id) => sourcesOf(a).has(id))) return false;
  if (a.date?.basis !== 'stated' || b.date?.basis !== 'stated') return false;
  if (a.date.start !== b.date.start || a.date.end !== b.date.end) return false;
  const actorsOf = (draft: Draft) =>
    new Set(draft.sentences.flatMap((part) => part.sentence.actors.map((mention) => mention.actorId)));
  const [x, y] = [actorsOf(a), actorsOf(b)];
  const shared = [...x].filter((id) => y.has(id)).length;
  return shared >= 2 && shared / new Set([...x, ...y]).size >= 0.6;
}

function toEvent(draft: Draft): TimelineEvent {
  const parts = draft.sentences;
  const statements = parts.flatMap(({ sourceId, sentence }) =>
    sentence.statements.map((s) => ({ sourceId, ...s })),
  );
  const toStatement = (s: (typeof statements)[number]): Quote & Paraphrase => ({
    text: s.text,
    speakerId: s.speakerId,
    sourceId: s.sourceId,
    offset: s.start,
  });
  const extracted = unique(parts.flatMap(({ sentence }) => sentence.actors.map((a) => a.actorId)));
  const speakers = statements.map((s) => s.speakerId).filter((id) => id !== null);
  const actorIds = (draft.fixedActors ?? unique([...extracted, ...speakers, ...draft.actorEdits.add])).filter(
    (id) => !draft.actorEdits.remove.includes(id),
  );
  const sources: SourceRef[] = uniqueBy(
    parts.map(({ sourceId, sentence, excerpt }) => ({
      sourceId,
      excerpt: excerpt?.text ?? sentence.text,
      offset: excerpt?.start ?? sentence.start,
    })),
    (ref) => `${ref.sourceId}@${ref.offset}`,
  ).sort((a, b) => (a.sourceId === b.sourceId ? a.offset - b.offset : a.sourceId < b.sourceId ? -1 : 1));
  return {
    id: draft.id,
    title: draft.title,
    summary: draft.summary,
    date: draft.date,
    actorIds,
    quotes: uniqueBy(
      statements.filter((s) => s.kind === 'quote').map(toStatement),
      (s) => `${s.sourceId}@${s.offset}`,
    ),
    paraphrases: uniqueBy(
      statements.filter((s) => s.kind === 'paraphrase').map(toStatement),
      (s) => `${s.sourceId}@${s.offset}`,
    ),
    sources,
  };
}

function speakerIds(event: TimelineEvent): string[] {
  return [...event.quotes, ...event.paraphrases].map((s) => s.speakerId).filter((id) => id !== null);
}

function actorsFrom(
  mentions: readonly ActorMention[],
  used: ReadonlySet<string>,
  available: ReadonlyMap<string, Actor>,
): Actor[] {
  const actorsById = new Map<string, Actor>();
  for (const id of used) {
    const actor = available.get(id);
    if (actor && !mentions.some((mention) => mention.actorId === id)) actorsById.set(id, { ...actor });
  }
  for (const mention of mentions) {
    if (!used.has(mention.actorId)) continue;
    const actor = actorsById.get(mention.actorId) ?? {
      id: mention.actorId,
      name: mention.name,
      kind: mention.kind,
      aliases: [],
    };
    const surface = mention.surface.replace(/['\u2019]s?$/, '');
    if (!mention.inferred && surface !== actor.name && !actor.aliases.includes(surface))
      actor.aliases.push(surface);
    actorsById.set(actor.id, actor);
  }
  return [...actorsById.values()].map((actor) => ({ ...actor, aliases: actor.aliases.sort() })).sort(byId);
}

function sourceOf(meta: AnalysedArticle['article']['meta']): Source {
  return {
    id: meta.id,
    publisher: meta.publisher,
    title: meta.title,
    url: meta.url,
    published: meta.published,
    ...(meta.via !== undefined ? { via: meta.via } : {}),
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const unique = <T>(values: T[]): T[] => [...new Set(values)];
