// Media through TimelineJS JSON and CSV: an image with alt text stays an image, what Newsline cannot
// show is kept as a link and listed, captions and credits survive both ways.
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../app/loading/parseDataset';
import type { Dataset, Media } from '../schema/dataset';
import { readTimelineFile } from './readTimelineFile';
import { fromTimelineJs, toTimelineJs } from './timelineJs';
import { timelineJsToCsv } from './timelineJsCsv';
import { mediaFromTimelineJs, mediaType } from './timelineJsMedia';

const slide = (headline: string, day: number, media: Record<string, unknown>) => ({
  start_date: { year: 1998, month: 6, day },
  text: { headline, text: `${headline}, as the ferry company told it.` },
  media,
});

const ferryTimeline = {
  title: {
    text: { headline: 'The island ferry' },
    media: {
      url: 'https://photos.example.net/ferry.jpg',
      alt: 'A white ferry leaving the quay',
      credit: 'Photo: <b>Mo Lund</b>',
    },
  },
  events: [
    slide('New ferry launched', 1, {
      url: 'https://photos.example.net/launch.png?w=800',
      alt: 'The hull sliding down the slipway',
      caption: 'Launch day &amp; crowds',
      credit: 'Island Archive',
    }),
    slide('Captain interviewed', 2, {
      url: 'https://www.youtube.com/watch?v=ferry42',
      caption: 'The captain on the bridge',
      credit: 'Island TV',
      title: 'Interview with the captain',
    }),
    slide('Timetable posted', 3, {
      url: 'https://photos.example.net/timetable.jpg',
      credit: 'Harbour office',
    }),
    slide('Route mapped', 4, { url: 'javascript:alert(1)' }),
  ],
};

function imported(raw: unknown): { dataset: Dataset; notes: string[] } {
  const result = fromTimelineJs(raw, 'ferry.json');
  if ('error' in result) throw new Error(result.error);
  const checked = parseDataset(JSON.stringify(result.dataset));
  if (!checked.ok) throw new Error(`${checked.summary} ${JSON.stringify(checked.problems)}`);
  return { dataset: checked.dataset, notes: result.notes };
}

const mediaOf = (dataset: Dataset) => dataset.events.map((event) => event.media);

describe('TimelineJS media', () => {
  it('keeps an image with alt text as an image, with its caption and credit as plain text', () => {
    const { dataset } = imported(ferryTimeline);
    expect(dataset.events[0]!.media).toEqual({
      kind: 'image',
      url: 'https://photos.example.net/launch.png?w=800',
      alt: 'The hull sliding down the slipway',
      caption: 'Launch day & crowds',
      credit: 'Island Archive',
    });
    expect(dataset.media).toEqual({
      kind: 'image',
      url: 'https://photos.example.net/ferry.jpg',
      alt: 'A white ferry leaving the quay',
      credit: 'Photo: Mo Lund',
    });
  });

  it('keeps a video and an image without alt text as links, with their type, and lists them', () => {
    const { dataset, notes } = imported(ferryTimeline);
    expect(dataset.events[1]!.media).toEqual({
      kind: 'link',
      type: 'youtube',
      url: 'https://www.youtube.com/watch?v=ferry42',
      label: 'Interview with the captain',
      caption: 'The captain on the bridge',
      credit: 'Island TV',
    });
    expect(dataset.events[2]!.media).toMatchObject({ kind: 'link', type: 'image', credit: 'Harbour office' });
    expect(notes).toEqual(
      expect.arrayContaining([
        'kept as a link (opens in a new tab), not shown as a picture: events[1]: a youtube media item',
        'kept as a link (opens in a new tab), not shown as a picture: events[2]: an image without alt text',
        'media left out: events[3]: its media "javascript:alert(1)" is not an http(s) address (not kept)',
      ]),
    );
    expect(dataset.events[3]!.media).toBeUndefined();
  });

  it('writes media back to TimelineJS JSON and reads the same media again', () => {
    const first = imported(ferryTimeline).dataset;
    const { timeline } = toTimelineJs(first);
    const again = imported(JSON.parse(JSON.stringify(timeline))).dataset;
    expect(mediaOf(again)).toEqual(mediaOf(first));
    expect(again.media).toEqual(first.media);
  });

  it('writes media back to CSV (Media, Media Credit, Media Caption, Alt Text, Media Title) and reads it again', async () => {
    const first = imported(ferryTimeline).dataset;
    const csv = timelineJsToCsv(toTimelineJs(first).timeline);
    expect(csv.split('\r\n')[0]).toContain('Media,Media Credit,Media Caption');
    expect(csv).toContain('The hull sliding down the slipway');
    const read = await readTimelineFile(csv, 'ferry.csv');
    if (!read.ok) throw new Error(read.summary);
    const checked = parseDataset(JSON.stringify(read.value));
    if (!checked.ok) throw new Error(checked.summary);
    expect(mediaOf(checked.dataset)).toEqual(mediaOf(first));
    expect(checked.dataset.media).toEqual(first.media);
  });

  it('tells media types apart by address, reading a scheme-less address as https', () => {
    expect(mediaType('https://cdn.example.org/a/b.JPEG')).toBe('image');
    expect(mediaType('https://youtu.be/x')).toBe('youtube');
    expect(mediaType('https://x.com/someone/status/1')).toBe('twitter');
    expect(mediaType('https://www.google.com/maps/place/x')).toBe('google maps');
    expect(mediaType('https://news.example.org/story')).toBe('link');
    const read = mediaFromTimelineJs({ url: '//cdn.example.org/quay.jpg', alt: 'The quay' });
    expect(read.media).toEqual<Media>({
      kind: 'image',
      url: 'https://cdn.example.org/quay.jpg',
      alt: 'The quay',
    });
  });
});
