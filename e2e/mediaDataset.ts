// A small dataset of a pier's opening whose events carry media: a picture served by the e2e host
// (another origin, as a newsroom's image server is), a picture whose address is broken, and a link
// to a video; for the media and Content-Security-Policy tests.
import type { Dataset, Media, TimelineEvent } from '../src/schema/dataset';
import { HOST } from './origins';

export const PIER_IMAGE = `${HOST}/media/pier.png`;
export const BROKEN_IMAGE = `${HOST}/media/no-such-picture.png`;
export const VIDEO_PAGE = `${HOST}/index.html?src=about:blank`;

export const OPENING = 'Mayor opens the new pier';
export const STORM = 'Storm damages the old jetty';
export const INTERVIEW = 'Harbour master interviewed';

const event = (id: string, title: string, day: string, media?: unknown): TimelineEvent => ({
  id,
  title,
  summary: `${title}, the Harbour Gazette reports.`,
  date: { basis: 'stated', start: `2024-05-${day}`, approximate: false, phrase: `on May ${Number(day)}` },
  actorIds: [],
  quotes: [],
  paraphrases: [],
  sources: [{ sourceId: 'gazette', excerpt: `${title}, the Harbour Gazette reports.` }],
  ...(media === undefined ? {} : { media: media as Media }),
});

export function mediaDataset(overrides: { openingMedia?: unknown } = {}): Dataset {
  return {
    schemaVersion: 1,
    title: 'The new pier',
    sources: [
      {
        id: 'gazette',
        publisher: 'Harbour Gazette',
        title: 'Pier opens',
        url: null,
        published: '2024-05-30',
      },
    ],
    actors: [],
    events: [
      event(
        'opening',
        OPENING,
        '18',
        overrides.openingMedia ?? {
          kind: 'image',
          url: PIER_IMAGE,
          alt: 'A grey pier reaching into a blue sea under a pale sky',
          caption: 'The pier on its first morning',
          credit: 'Photo: Ada Quill / Harbour Gazette',
        },
      ),
      event('storm', STORM, '22', {
        kind: 'image',
        url: BROKEN_IMAGE,
        alt: 'The old jetty with its planks torn away',
        credit: 'Photo: Mo Lund',
      }),
      event('interview', INTERVIEW, '25', {
        kind: 'link',
        url: VIDEO_PAGE,
        label: 'Watch the interview',
        type: 'youtube',
        credit: 'Island TV',
      }),
    ],
  };
}
