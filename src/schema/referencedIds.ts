// The actors and sources some events refer to: what a dataset cut down to those events must keep.
import type { TimelineEvent } from './dataset';

/** Their actors and speakers; the sources they rest on, quote, and resolve a relative date against. */
export function referencedIds(events: readonly TimelineEvent[]): {
  actorIds: Set<string>;
  sourceIds: Set<string>;
} {
  const actorIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const event of events) {
    for (const id of event.actorIds) actorIds.add(id);
    for (const statement of [...event.quotes, ...event.paraphrases]) {
      if (statement.speakerId !== null) actorIds.add(statement.speakerId);
      sourceIds.add(statement.sourceId);
    }
    for (const ref of event.sources) sourceIds.add(ref.sourceId);
    if (event.date.basis === 'relative') sourceIds.add(event.date.relativeTo);
  }
  return { actorIds, sourceIds };
}
