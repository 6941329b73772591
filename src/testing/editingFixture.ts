// A dataset for the editing tests: the small fixture plus statements (a quote, a reported statement)
// and an event resting on two sources, so merges, splits and speakers have something to move.
import { DatasetSchema, type Dataset } from '../schema/dataset';
import { datasetFixture } from './datasetFixture';

export function editingFixture(): Dataset {
  const dataset = datasetFixture();
  return DatasetSchema.parse({
    ...dataset,
    sources: [
      ...dataset.sources,
      { id: 'wire', publisher: 'Wire', title: null, url: null, published: '2025-04-01' },
    ],
    events: [
      ...dataset.events,
      {
        id: 'talks',
        title: 'Ann and the Bureau hold talks',
        summary: 'Ann met the Bureau. The Bureau said it would reply.',
        date: {
          basis: 'relative',
          start: '2025-03-31',
          approximate: false,
          phrase: 'yesterday',
          relativeTo: 'wire',
        },
        actorIds: ['ann', 'bureau'],
        quotes: [{ text: 'We talked for hours', speakerId: 'ann', sourceId: 'desk', offset: 11 }],
        paraphrases: [
          { text: 'it would reply within a week', speakerId: 'bureau', sourceId: 'wire', offset: 40 },
        ],
        sources: [
          { sourceId: 'desk', excerpt: 'Ann said: "We talked for hours".', offset: 0 },
          { sourceId: 'wire', excerpt: 'The Bureau said it would reply within a week.', offset: 25 },
        ],
      },
    ],
  });
}
