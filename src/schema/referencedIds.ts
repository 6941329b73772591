// The actors and sources some events refer to: what a dataset cut down to those events must keep.
import { forEachReference, type TimelineEvent } from './dataset';

export function referencedIds(events: readonly TimelineEvent[]): {
  actorIds: Set<string>;
  sourceIds: Set<string>;
} {
  const actorIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const event of events)
    forEachReference(event, (kind, id) => (kind === 'actor' ? actorIds : sourceIds).add(id));
  return { actorIds, sourceIds };
}
