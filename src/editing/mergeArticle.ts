// Adds the events a reporter accepted from an article to the dataset on show: the article becomes
// a source, names the dataset already has (as a name or an alias) link to its actors, new ones
// join, and every id stays unique. The result is checked again, like any dataset, before it is shown.
import type { Actor, Dataset, Source, TimelineEvent } from '../schema/dataset';
import { idFromText, uniqueId } from '../schema/id';
import { referencedIds } from '../schema/referencedIds';

export interface ArticleAdditions {
  source: Source;
  actors: readonly Actor[];
  /** The events the reporter kept, as edited. */
  events: readonly TimelineEvent[];
}

/** A source id for the article, unique in the dataset: from its publisher and date. */
export function articleSourceId(dataset: Dataset, publisher: string, published: string): string {
  const base = idFromText(`${publisher || 'article'} ${published}`, 'article', 80);
  return uniqueId(base, new Set(dataset.sources.map((source) => source.id)));
}

export function mergeArticle(
  dataset: Dataset,
  additions: ArticleAdditions,
): { dataset: Dataset; firstEventId: string | null } {
  // The article is read with the shipped alias table, whose name for an actor may be one the
  // timeline has only as an alias, or the other way round: any shared name links them.
  const byName = new Map<string, Actor>();
  for (const actor of dataset.actors) byName.set(actor.name.toLowerCase(), actor);
  for (const actor of dataset.actors) {
    for (const alias of actor.aliases) {
      if (!byName.has(alias.toLowerCase())) byName.set(alias.toLowerCase(), actor);
    }
  }
  const actorIds = new Set(dataset.actors.map((actor) => actor.id));
  const newActors: Actor[] = [];
  const actorIdFor = new Map<string, string>();
  for (const actor of additions.actors) {
    const existing = [actor.name, ...actor.aliases]
      .map((name) => byName.get(name.toLowerCase()))
      .find((found) => found !== undefined);
    if (existing) {
      actorIdFor.set(actor.id, existing.id);
      continue;
    }
    const id = uniqueId(actor.id, actorIds);
    actorIdFor.set(actor.id, id);
    newActors.push({ ...actor, id });
  }
  const mapActor = (id: string) => actorIdFor.get(id) ?? id;
  // The dataset on show may have changed since the article was read (another file opened, another
  // article added): its source id is made unique again here, and the events follow it.
  const source = {
    ...additions.source,
    id: uniqueId(additions.source.id, new Set(dataset.sources.map(({ id }) => id))),
  };
  const mapSource = (id: string) => (id === additions.source.id ? source.id : id);
  const eventIds = new Set(dataset.events.map((event) => event.id));
  const events = additions.events.map((event): TimelineEvent => ({
    ...event,
    id: uniqueId(event.id, eventIds),
    date:
      event.date.basis === 'relative'
        ? { ...event.date, relativeTo: mapSource(event.date.relativeTo) }
        : event.date,
    actorIds: [...new Set(event.actorIds.map(mapActor))],
    quotes: event.quotes.map((quote) => ({
      ...quote,
      speakerId: quote.speakerId && mapActor(quote.speakerId),
      sourceId: mapSource(quote.sourceId),
    })),
    paraphrases: event.paraphrases.map((paraphrase) => ({
      ...paraphrase,
      speakerId: paraphrase.speakerId && mapActor(paraphrase.speakerId),
      sourceId: mapSource(paraphrase.sourceId),
    })),
    sources: event.sources.map((reference) => ({ ...reference, sourceId: mapSource(reference.sourceId) })),
  }));
  // Only the new actors that the kept events name.
  const named = referencedIds(events).actorIds;
  return {
    dataset: {
      ...dataset,
      sources: [...dataset.sources, source],
      actors: [...dataset.actors, ...newActors.filter((actor) => named.has(actor.id))],
      events: [...dataset.events, ...events],
    },
    firstEventId: events[0]?.id ?? null,
  };
}
