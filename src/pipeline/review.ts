// The review report: what an editor should look at before publishing. Each item has a stable id,
// so the curation file can mark it as reviewed.
import type { Dataset } from '../schema/dataset';
import { isUndated } from '../schema/undated';
import type { AnalysedArticle } from './analyse';

export interface ReviewItem {
  id: string;
  message: string;
}

export function reviewItems(dataset: Dataset, corpus: readonly AnalysedArticle[]): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const { article, sentences } of corpus) {
    for (const key of article.ignoredKeys) {
      items.push({
        id: `ignored-front-matter:${article.meta.id}:${key}`,
        message: `front matter key "${key}" in ${article.path} is not one Newsline reads; it is ignored`,
      });
    }
    for (const sentence of sentences) {
      for (const date of sentence.dates.filter((d) => d.basis === 'unresolved')) {
        items.push({
          id: `unresolved-date:${article.meta.id}:${date.start}`,
          message: `unresolved date "${date.phrase}" in ${article.path}: the article has no publication date to resolve it against`,
        });
      }
      for (const quote of sentence.statements.filter((s) => s.kind === 'quote' && s.speakerId === null)) {
        items.push({
          id: `quote-without-speaker:${article.meta.id}:${quote.start}`,
          message: `quote without a speaker in ${article.path}: "${quote.text.slice(0, 60)}…"`,
        });
      }
    }
  }
  const cited = new Set(dataset.events.flatMap((event) => event.sources.map((ref) => ref.sourceId)));
  for (const { article } of corpus.filter(({ article }) => !cited.has(article.meta.id))) {
    items.push({
      id: `article-without-events:${article.meta.id}`,
      message: `no event found in ${article.path}: its source is kept; add events by hand if it tells any`,
    });
  }
  for (const event of dataset.events.filter((e) => isUndated(e.date))) {
    items.push({
      id: `undated-event:${event.id}`,
      message: `event ${event.id} is undated: neither the text nor its article gives a date or a bound ("${event.title.slice(0, 60)}")`,
    });
  }
  for (const event of dataset.events.filter((e) => e.sources.length === 0)) {
    items.push({ id: `event-without-sources:${event.id}`, message: `event ${event.id} has no sources` });
  }
  const mentionsPerActor = new Map<string, number>();
  for (const { sentences } of corpus) {
    for (const sentence of sentences) {
      for (const id of new Set(sentence.actors.map((actor) => actor.actorId))) {
        mentionsPerActor.set(id, (mentionsPerActor.get(id) ?? 0) + 1);
      }
    }
  }
  for (const actor of dataset.actors.filter((a) => (mentionsPerActor.get(a.id) ?? 0) <= 1)) {
    items.push({
      id: `actor-seen-once:${actor.id}`,
      message: `actor seen once: ${actor.name} (${actor.kind}) — check the name and kind`,
    });
  }
  return items;
}
