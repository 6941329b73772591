import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../schema/dataset';
import type { TileManifest } from '../../../schema/tiles';
import { loadMessages, setLocale } from '../i18n/intl';
import { en } from '../i18n/messages/en';
import { datasetOfTiles, tileCountWords, tilesForWindow, tilesToRelease, type TileSpan } from './tileArchive';

const DAY = 86_400_000;
/** Ten tiles of 1,000 events, each ten days long, one after another. */
const tiles: TileSpan[] = Array.from({ length: 10 }, (_, i) => ({
  file: `t/${i}.json`,
  start: i * 10 * DAY,
  end: (i * 10 + 9) * DAY,
  events: 1_000,
}));
const files = (list: readonly TileSpan[]) => list.map((tile) => tile.file);

describe('tilesForWindow', () => {
  it('reads the tiles a window overlaps, and its neighbours within half a window', () => {
    expect(files(tilesForWindow(tiles, { start: 42 * DAY, end: 46 * DAY }, 10_000))).toEqual(['t/4.json']);
    expect(files(tilesForWindow(tiles, { start: 38 * DAY, end: 52 * DAY }, 10_000))).toEqual([
      't/3.json',
      't/4.json',
      't/5.json',
    ]);
  });

  it('reads nothing when the window needs more than the budget: the counts stand in', () => {
    expect(tilesForWindow(tiles, { start: 0, end: 100 * DAY }, 5_000)).toEqual([]);
    // The margin is dropped before giving up.
    expect(files(tilesForWindow(tiles, { start: 30 * DAY, end: 49 * DAY }, 2_000))).toEqual([
      't/3.json',
      't/4.json',
    ]);
  });
});

describe('tilesToRelease', () => {
  it('lets go of the farthest tiles first, never one the window needs, until the budget holds', () => {
    const window = { start: 91 * DAY, end: 95 * DAY };
    const needed = tilesForWindow(tiles, window, 10_000);
    expect(files(needed)).toEqual(['t/8.json', 't/9.json']);
    // Five read and two to come: 7,000 events, 3,000 over the budget.
    const released = tilesToRelease(tiles.slice(0, 5), needed, window, 4_000);
    expect(files(released)).toEqual(['t/0.json', 't/1.json', 't/2.json']);
    expect(tilesToRelease(tiles.slice(0, 2), needed, window, 10_000)).toEqual([]);
  });
});

describe('datasetOfTiles', () => {
  it('joins the tiles read: every actor, each source once, the events in the order given', () => {
    const source = (id: string) => ({ id, publisher: 'P', title: 'T', url: null, publishedAt: null });
    const tile = (id: string, sources: string[]) =>
      ({
        schemaVersion: 1,
        title: 'x',
        sources: sources.map(source),
        actors: [],
        events: [{ id }],
      }) as unknown as Dataset;
    const manifest = {
      kind: 'newsline-tiles',
      schemaVersion: 1,
      title: 'Archive',
      media: { kind: 'link', url: 'https://video.example.net/archive', label: 'About the archive' },
      eras: [{ id: 'era', title: 'An era', start: '2020', end: '2021' }],
      events: 2,
      actors: [{ id: 'a', name: 'A', kind: 'person', aliases: [] }],
      tiles: [],
    } as TileManifest;
    const joined = datasetOfTiles(manifest, [tile('one', ['s1', 's2']), tile('two', ['s2', 's3'])]);
    expect(joined.title).toBe('Archive');
    expect(joined.media).toEqual(manifest.media);
    expect(joined.eras).toEqual(manifest.eras);
    expect(joined.actors).toEqual(manifest.actors);
    expect(joined.sources.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(joined.events.map((e) => e.id)).toEqual(['one', 'two']);
  });
});

describe('tileCountWords', () => {
  const tile: TileSpan = {
    file: 't.json',
    start: 0,
    end: DAY,
    events: 1_200,
    actorEvents: { ann: 300, bo: 50 },
  };

  it('counts what the filter would show, and says when it cannot be exact', () => {
    expect(tileCountWords(tile, [], false)).toEqual({ count: 1_200, words: '1,200 events' });
    expect(tileCountWords(tile, ['ann'], false)).toEqual({ count: 300, words: '300 events' });
    expect(tileCountWords(tile, ['ann', 'bo'], false)).toEqual({ count: 350, words: 'up to 350 events' });
    expect(tileCountWords(tile, ['cy'], false)).toBeNull(); // none of the tile's events: not drawn
    const bare: TileSpan = { file: tile.file, start: tile.start, end: tile.end, events: tile.events };
    expect(tileCountWords(bare, ['ann'], false)?.words).toBe('1,200 events, not filtered yet');
    expect(tileCountWords(tile, [], true)?.words).toBe('1,200 events, not searched yet');
  });
});

describe('tileCountWords in French and Arabic', () => {
  afterEach(() => setLocale({ language: 'en', formatLocale: 'en-GB' }, en));
  const tile: TileSpan = {
    file: 't.json',
    start: 0,
    end: DAY,
    events: 1_200,
    actorEvents: { ann: 1, bo: 11 },
  };

  it('writes the count and its state as one phrase, in the plural the count needs', async () => {
    setLocale({ language: 'fr', formatLocale: 'fr-FR' }, await loadMessages('fr'));
    expect(tileCountWords(tile, [], false)?.words).toBe('1\u202f200 événements');
    expect(tileCountWords(tile, ['ann'], true)?.words).toBe('1 événement, pas encore cherché');
    expect(tileCountWords(tile, ['ann', 'bo'], false)?.words).toBe('jusqu’à 12 événements');
    setLocale({ language: 'ar', formatLocale: 'ar' }, await loadMessages('ar'));
    expect(tileCountWords(tile, ['ann'], false)?.words).toBe('حدث واحد');
    expect(tileCountWords(tile, ['bo'], false)?.words).toBe('11 حدثًا');
    expect(tileCountWords(tile, ['ann', 'bo'], false)?.words).toBe('حتى 12 حدثًا');
  });
});
