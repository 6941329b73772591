import { describe, expect, it } from 'vitest';
import { datasetFixture } from '../testing/datasetFixture';
import { DatasetSchema, type Dataset } from './dataset';
import { datasetToJson } from './datasetJson';

function issuesOf(value: unknown): string[] {
  const result = DatasetSchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

function withMedia(eventMedia: unknown, headerMedia?: unknown): unknown {
  const dataset = datasetFixture();
  const events = dataset.events.map((event, i) => (i === 0 ? { ...event, media: eventMedia } : event));
  return { ...dataset, ...(headerMedia === undefined ? {} : { media: headerMedia }), events };
}

const lighthouse = {
  kind: 'image',
  url: 'https://photos.example.net/lighthouse.jpg',
  alt: 'The old lighthouse at dusk, its lamp lit',
  caption: 'The lighthouse on its last night in service',
  credit: 'Photo: Ada Quill / Harbour Gazette',
};

describe('media', () => {
  it('accepts an image with alt text and a link, on an event and on the title slide', () => {
    const link = { kind: 'link', url: 'https://video.example.net/watch/42', label: 'The ceremony, on video' };
    expect(issuesOf(withMedia(lighthouse, link))).toEqual([]);
  });

  it('refuses an image without alt text, or with only spaces, saying where', () => {
    const noAlt: Partial<typeof lighthouse> = { ...lighthouse };
    delete noAlt.alt;
    expect(issuesOf(withMedia(noAlt))).toEqual([
      'events.0.media.alt: an image needs alt text: describe what it shows for readers who cannot see it',
    ]);
    expect(issuesOf(withMedia({ ...lighthouse, alt: '   ' }))).toEqual([
      'events.0.media.alt: an image needs alt text: describe what it shows for readers who cannot see it',
    ]);
    expect(issuesOf(withMedia(undefined, noAlt))).toEqual([
      'media.alt: an image needs alt text: describe what it shows for readers who cannot see it',
    ]);
  });

  it('refuses an address that is not absolute http(s)', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      '/photos/a.jpg',
      'ftp://x.example/a',
    ]) {
      expect(issuesOf(withMedia({ ...lighthouse, url }))).toEqual([
        'events.0.media.url: must be an absolute http(s) URL (https://…)',
      ]);
    }
  });

  it('refuses an unknown kind and unknown fields', () => {
    expect(issuesOf(withMedia({ ...lighthouse, kind: 'iframe' }))).toHaveLength(1);
    expect(issuesOf(withMedia({ ...lighthouse, html: '<b>x</b>' }))).toHaveLength(1);
  });

  it('round-trips byte for byte through the dataset writer', () => {
    const dataset = DatasetSchema.parse(
      withMedia(lighthouse, {
        kind: 'link',
        url: 'https://x.example/post/1',
        type: 'twitter',
        credit: 'A. Poster',
      }),
    );
    const text = datasetToJson(dataset);
    expect(datasetToJson(DatasetSchema.parse(JSON.parse(text)))).toBe(text);
    expect((JSON.parse(text) as Dataset).events[0]!.media).toEqual(lighthouse);
  });
});
