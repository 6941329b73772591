import { describe, expect, it } from 'vitest';
import { TileManifestSchema } from './tiles';

const manifest = () => ({
  kind: 'newsline-tiles',
  schemaVersion: 1,
  title: 'An archive',
  events: 30,
  actors: [],
  tiles: [
    {
      file: 'tiles/00000.json',
      start: '2020-01-01T00:00:00.000Z',
      end: '2020-03-01T00:00:00.000Z',
      events: 10,
    },
    {
      file: 'tiles/00001.json',
      start: '2020-03-02T00:00:00.000Z',
      end: '2020-06-01T00:00:00.000Z',
      events: 15,
    },
  ],
  undated: { file: 'tiles/undated.json', events: 5 },
});

const problems = (value: unknown) =>
  (TileManifestSchema.safeParse(value).error?.issues ?? []).map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`,
  );

describe('tiles manifest', () => {
  it('accepts a manifest as npm run tiles writes it', () => {
    expect(problems(manifest())).toEqual([]);
  });

  it('refuses a tile file that leaves the manifest’s folder or names another host', () => {
    for (const file of [
      '../secrets.json',
      'tiles/../../x.json',
      '/etc/x.json',
      'https://evil.example/x.json',
      'tiles//x.json',
      'x.js',
    ]) {
      const bad = manifest();
      bad.tiles[0]!.file = file;
      expect(problems(bad), file).toEqual([
        expect.stringMatching(/^tiles\.0\.file: must be a relative path/),
      ]);
    }
  });

  it('says when tiles are out of date order, end before they start, or do not add up', () => {
    const overlapping = manifest();
    overlapping.tiles[1]!.start = '2020-02-01T00:00:00.000Z';
    expect(problems(overlapping)).toEqual([
      'tiles.1.start: starts before tile 0 ends: tiles are in date order',
    ]);
    const backwards = manifest();
    backwards.tiles[0]!.end = '2019-12-31T00:00:00.000Z';
    backwards.events = 31;
    expect(problems(backwards)).toEqual([
      'tiles.0.end: ends before it starts',
      'events: is 31, but the tiles hold 30 events',
    ]);
  });
});
