// A proposed event for the article tests, with the fields the review reads and any of them replaced.
import type { TimelineEvent } from '../../schema/dataset';

export function proposedEvent(change: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id: 'ferry-cancelled',
    title: 'The island ferry is cancelled',
    summary: 'The island ferry was cancelled after the storm damaged the quay.',
    date: { basis: 'stated', start: '2024-11', approximate: false, phrase: 'in November' },
    actorIds: [],
    quotes: [],
    paraphrases: [],
    sources: [{ sourceId: 'island-gazette-2024-11', excerpt: 'The island ferry was cancelled.' }],
    ...change,
  };
}
