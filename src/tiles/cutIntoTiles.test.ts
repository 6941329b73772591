import { describe, expect, it } from 'vitest';
import { DatasetSchema, type Dataset } from '../schema/dataset';
import { TileManifestSchema } from '../schema/tiles';
import { generateArchive } from '../testing/syntheticArchive';
import { undatedDatasetFixture } from '../testing/datasetFixture';
import { cutIntoTiles } from './cutIntoTiles';

function withUndated(): Dataset {
  const archive = generateArchive(1_000);
  const undated = undatedDatasetFixture();
  return {
    ...archive,
    sources: [...archive.sources, ...undated.sources],
    actors: [...archive.actors, ...undated.actors.filter((a) => !archive.actors.some((b) => b.id === a.id))],
    events: [...archive.events, ...undated.events.filter((event) => event.date.basis === 'bounded')],
  };
}

const ERAS = [{ id: 'first', title: 'The first years', start: '2001', end: '2004-06' }];

describe('cutIntoTiles', () => {
  const dataset = { ...withUndated(), eras: ERAS };
  const { manifest, files } = cutIntoTiles(dataset, { maxEvents: 120, folder: 'tiles' });

  it('writes a manifest and tiles that each pass the schema, and open alone', () => {
    expect(TileManifestSchema.safeParse(manifest).success).toBe(true);
    for (const { dataset: tile } of files) {
      const checked = DatasetSchema.safeParse(tile);
      expect(checked.success, checked.error?.issues[0]?.message).toBe(true);
    }
    expect(manifest.actors).toEqual(dataset.actors);
  });

  it("keeps the title slide's media in the manifest, and each event's in its tile", () => {
    const media = { kind: 'image' as const, url: 'https://photos.example.net/a.jpg', alt: 'A crowded quay' };
    const pictured = { ...dataset, media, events: dataset.events.map((event) => ({ ...event, media })) };
    const cut = cutIntoTiles(pictured, { maxEvents: 120, folder: 'tiles' });
    expect(TileManifestSchema.parse(cut.manifest).media).toEqual(media);
    expect(cut.files.every(({ dataset: tile }) => tile.events.every((event) => event.media === media))).toBe(
      true,
    );
  });

  it('carries the eras in the manifest and in each tile, so any one opens with its periods', () => {
    expect(manifest.eras).toEqual(ERAS);
    for (const { dataset: tile } of files) expect(tile.eras).toEqual(ERAS);
  });

  it('puts every event in exactly one tile, the undated in their own', () => {
    const ids = files.flatMap(({ dataset: tile }) => tile.events.map((event) => event.id));
    expect(ids).toHaveLength(dataset.events.length);
    expect(new Set(ids)).toEqual(new Set(dataset.events.map((event) => event.id)));
    expect(manifest.events).toBe(dataset.events.length);
    expect(manifest.undated?.events).toBeGreaterThan(0);
    const undated = files.find(({ file }) => file === manifest.undated?.file);
    expect(undated?.dataset.events.every((event) => event.date.basis === 'bounded')).toBe(true);
  });

  it('lists the tiles in date order, none larger than asked unless one instant holds more', () => {
    expect(manifest.tiles.length).toBeGreaterThan(5);
    manifest.tiles.forEach((tile, index) => {
      const held = files.find(({ file }) => file === tile.file)!.dataset.events;
      expect(held).toHaveLength(tile.events);
      expect(tile.events).toBeLessThanOrEqual(120);
      const previous = manifest.tiles[index - 1];
      if (previous) expect(Date.parse(tile.start)).toBeGreaterThan(Date.parse(previous.end));
    });
  });

  it('keeps events of one instant together, even past the size asked for', () => {
    const sameDay = {
      ...dataset,
      events: dataset.events.slice(0, 30).map((event) => ({
        ...event,
        date: { basis: 'stated' as const, start: '2020-05-04', approximate: false, phrase: 'x' },
      })),
    };
    const cut = cutIntoTiles(sameDay, { maxEvents: 7, folder: 't' });
    expect(cut.manifest.tiles).toHaveLength(1);
    expect(cut.manifest.tiles[0]!.events).toBe(30);
  });

  it('refuses a tile size that is not a positive whole number', () => {
    expect(() => cutIntoTiles(dataset, { maxEvents: 0, folder: 'tiles' })).toThrow(RangeError);
  });
});
