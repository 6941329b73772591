// Merging two events into one and splitting one in two: which actors, statements and sources go
// where. Pure; applyEdit checks the result.
import type { Paraphrase, Quote, SourceRef, TimelineEvent } from '../schema/dataset';
import { uniqueBy } from '../schema/uniqueBy';

/** The event with the other's actors, statements and sources joined to its own, each once. */
export function foldEvent(event: TimelineEvent, other: TimelineEvent): TimelineEvent {
  const statementKey = (s: Quote | Paraphrase) => `${s.sourceId}\u0000${s.text}`;
  const sourceKey = (s: SourceRef) => `${s.sourceId}\u0000${s.excerpt}`;
  const media = event.media ?? other.media;
  return {
    ...event,
    // The kept event's picture wins; it takes the other's only when it has none.
    ...(media === undefined ? {} : { media }),
    actorIds: uniqueBy([...event.actorIds, ...other.actorIds], (id) => id),
    quotes: uniqueBy([...event.quotes, ...other.quotes], statementKey),
    paraphrases: uniqueBy([...event.paraphrases, ...other.paraphrases], statementKey),
    sources: uniqueBy([...event.sources, ...other.sources], sourceKey),
  };
}

/**
 * The event cut in two: the new one takes the chosen sources and the statements drawn from them
 * (inside a chosen excerpt, by offset or by text); both keep the date and the actors, for the
 * editor to correct. A reason instead when the cut would leave either without a source.
 */
export function splitEvent(
  event: TimelineEvent,
  newId: string,
  title: string,
  sourceIndexes: readonly number[],
): { kept: TimelineEvent; split: TimelineEvent } | string {
  const chosen = new Set(sourceIndexes);
  if (chosen.size !== sourceIndexes.length) return 'a source is chosen twice';
  const missing = sourceIndexes.find((i) => i >= event.sources.length);
  if (missing !== undefined) return `the event has no sources[${missing}]`;
  if (chosen.size >= event.sources.length) return 'the event would keep no source: leave it at least one';
  const moved = event.sources.filter((_, i) => chosen.has(i));
  const inMoved = (s: Quote | Paraphrase) =>
    moved.some(
      (ref) =>
        ref.sourceId === s.sourceId &&
        (ref.offset !== undefined && s.offset !== undefined
          ? s.offset >= ref.offset && s.offset < ref.offset + ref.excerpt.length
          : ref.excerpt.includes(s.text)),
    );
  const first = moved[0] as SourceRef;
  return {
    kept: {
      ...event,
      quotes: event.quotes.filter((q) => !inMoved(q)),
      paraphrases: event.paraphrases.filter((p) => !inMoved(p)),
      sources: event.sources.filter((_, i) => !chosen.has(i)),
    },
    split: {
      ...event,
      id: newId,
      title,
      summary: first.excerpt,
      quotes: event.quotes.filter(inMoved),
      paraphrases: event.paraphrases.filter(inMoved),
      sources: moved,
    },
  };
}
