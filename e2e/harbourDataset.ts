// A small dataset of a harbour strike with two undated events (no date, not even a bound) among
// four dated ones, for the Undated shelf's end-to-end tests and screenshots.
import type { Dataset, EventDate, TimelineEvent } from '../src/schema/dataset';

const event = (
  id: string,
  title: string,
  date: EventDate,
  actorIds: string[],
  sourceId = 'harbour-gazette',
): TimelineEvent => ({
  id,
  title,
  summary: `${title}, the report says.`,
  date,
  actorIds,
  quotes: [],
  paraphrases: [],
  sources: [{ sourceId, excerpt: `${title}, the report says.` }],
});

export const PARCELS = 'Union volunteers pack food parcels';
export const CRANES = 'Port authority repaints the cranes';
export const PARCELS_REASON = 'The relief newsletter carries no publication date.';
export const DEFAULT_REASON = 'Neither the text nor its article gives a date.';

export const HARBOUR_DATASET: Dataset = {
  schemaVersion: 1,
  title: 'The harbour strike',
  sources: [
    {
      id: 'harbour-gazette',
      publisher: 'Harbour Gazette',
      title: 'Strike at the docks',
      url: 'https://gazette.example/strike',
      published: '2024-06-12',
    },
    { id: 'relief-newsletter', publisher: 'Relief Network', title: null, url: null, published: null },
  ],
  actors: [
    { id: 'dock-workers-union', name: 'Dock workers’ union', kind: 'group', aliases: [] },
    { id: 'port-authority', name: 'Port authority', kind: 'organisation', aliases: [] },
    { id: 'lena-ortiz', name: 'Lena Ortiz', kind: 'person', aliases: ['Mayor Ortiz'] },
  ],
  events: [
    event(
      'union-calls-strike',
      'Dock workers’ union calls a strike',
      { basis: 'stated', start: '2024-06-03', approximate: false, phrase: 'on June 3' },
      ['dock-workers-union'],
    ),
    event(
      'port-authority-raises-fees',
      'Port authority raises berth fees',
      { basis: 'stated', start: '2024-05', approximate: false, phrase: 'in May' },
      ['port-authority'],
    ),
    event(
      'mayor-meets-union',
      'Mayor Ortiz meets union leaders',
      { basis: 'stated', start: '2024-06-10', approximate: false, phrase: 'on Monday' },
      ['lena-ortiz', 'dock-workers-union'],
    ),
    event('strike-ends', 'Strike ends', { basis: 'bounded', before: '2024-06-12', phrase: null }, [
      'dock-workers-union',
    ]),
    event(
      'union-volunteers-pack-food-parcels',
      PARCELS,
      {
        basis: 'bounded',
        phrase: 'one Saturday',
        reason: 'the relief newsletter carries no publication date',
      },
      ['dock-workers-union'],
      'relief-newsletter',
    ),
    event('port-authority-repaints-cranes', CRANES, { basis: 'bounded', phrase: null }, ['port-authority']),
  ],
};

/** How many of its events have a date (or a bound): what the timeline draws. */
export const DATED_COUNT = 4;
