// A small, valid dataset for unit tests: three actors of different kinds, events across precisions.
import { DatasetSchema, type Dataset, type EventDate } from '../schema/dataset';

const event = (id: string, title: string, date: EventDate, actorIds: string[]) => ({
  id,
  title,
  summary: `${title}.`,
  date,
  actorIds,
  quotes: [],
  paraphrases: [],
  sources: [{ sourceId: 'desk', excerpt: `${title}.` }],
});

export function datasetFixture(): Dataset {
  return DatasetSchema.parse({
    schemaVersion: 1,
    title: 'Fixture',
    sources: [
      {
        id: 'desk',
        publisher: 'Desk',
        title: 'Report',
        url: 'https://example.org/r',
        published: '2025-03-30',
      },
    ],
    actors: [
      { id: 'ann', name: 'Ann', kind: 'person', aliases: [] },
      { id: 'bureau', name: 'Bureau', kind: 'organisation', aliases: [] },
      { id: 'land', name: 'Land', kind: 'country', aliases: [] },
    ],
    events: [
      event(
        'late',
        'Late',
        { basis: 'stated', start: '2025-03-28', approximate: false, phrase: 'March 28' },
        ['ann'],
      ),
      event('early', 'Early', { basis: 'stated', start: '2001', approximate: false, phrase: 'in 2001' }, [
        'land',
      ]),
      event(
        'middle',
        'Middle',
        { basis: 'stated', start: '2021-06', approximate: false, phrase: 'June 2021' },
        ['ann', 'bureau'],
      ),
      event('bound', 'Bound', { basis: 'bounded', after: '2021', phrase: null }, ['bureau']),
    ],
  });
}

/**
 * The fixture plus two undated events (no date, not even a bound), one of Ann's with a reason and
 * one of the Bureau's without: what a dataset of articles with no publication date holds.
 */
export function undatedDatasetFixture(): Dataset {
  const dataset = datasetFixture();
  return DatasetSchema.parse({
    ...dataset,
    events: [
      ...dataset.events,
      event(
        'ann-visits-the-clinic',
        'Ann visits the clinic',
        { basis: 'bounded', phrase: 'one morning', reason: 'the newsletter carries no date' },
        ['ann'],
      ),
      event('bureau-closes-its-office', 'Bureau closes its office', { basis: 'bounded', phrase: null }, [
        'bureau',
      ]),
    ],
  });
}
