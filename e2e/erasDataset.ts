// A small dataset of a river bridge's story across four years, with three eras (planning, building,
// the inquiry) and events before, inside and after them: for the eras' end-to-end tests and screenshots.
import type { Dataset, TimelineEvent } from '../src/schema/dataset';

const event = (
  id: string,
  title: string,
  start: string,
  actorIds: string[] = ['council'],
): TimelineEvent => ({
  id,
  title,
  summary: `${title}, the Riverside Courier reports.`,
  date: { basis: 'stated', start, approximate: false, phrase: start },
  actorIds,
  quotes: [],
  paraphrases: [],
  sources: [{ sourceId: 'courier', excerpt: `${title}, the Riverside Courier reports.` }],
});

export const BEFORE = 'Ferry service cut to twice a day';
export const INSIDE = 'First pylon rises from the river';
export const AFTER = 'Inquiry report blames the contractor';

export const ERAS_DATASET: Dataset = {
  schemaVersion: 1,
  title: 'The river bridge',
  eras: [
    { id: 'planning', title: 'Planning', start: '2019-02', end: '2019-12' },
    {
      id: 'construction',
      title: 'Construction',
      start: '2020-04',
      end: '2021-10',
      description: 'From the first pile to the opening.',
    },
    { id: 'inquiry', title: 'Public inquiry', start: '2022-03', end: '2022-11' },
  ],
  sources: [
    {
      id: 'courier',
      publisher: 'Riverside Courier',
      title: 'The bridge, month by month',
      url: 'https://courier.example/bridge',
      published: '2022-12-01',
    },
  ],
  actors: [
    { id: 'council', name: 'City council', kind: 'organisation', aliases: [] },
    { id: 'builder', name: 'Span & Sons', kind: 'organisation', aliases: [] },
  ],
  events: [
    event('ferry-cut', BEFORE, '2018-10-03'),
    event('design-chosen', 'Council picks the cable-stayed design', '2019-05-14'),
    event('budget-passed', 'Bridge budget passes by one vote', '2019-11-20'),
    event('first-pile', 'First pile driven', '2020-04-22', ['builder']),
    event('first-pylon', INSIDE, '2020-11-09', ['builder']),
    event('deck-joined', 'The two halves of the deck meet', '2021-06-30', ['builder']),
    event('bridge-opens', 'Bridge opens to traffic', '2021-10-02', ['council', 'builder']),
    event('cracks-found', 'Cracks found in a pylon', '2022-01-18', ['builder']),
    event('inquiry-report', AFTER, '2022-11-25', ['council', 'builder']),
  ],
};
