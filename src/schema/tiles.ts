// A timeline cut into time tiles: a manifest naming one Newsline dataset file per period, so an
// archive of any size is static files the app fetches as the reader's window needs them. Each tile
// is a whole dataset (its events with the sources and actors they name): any one opens on its own.
import { z } from 'zod';
import { ActorSchema, DatasetHeaderSchema, IdSchema } from './dataset';

export const TILES_KIND = 'newsline-tiles';

/** A tile's file, relative to the manifest: path segments only, never a scheme, a host or "..". */
const TileFileSchema = z
  .string()
  .max(500)
  .regex(/^(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*\.json$/, {
    message: 'must be a relative path to a .json file, without ".." or "//"',
  });

/** An instant in UTC, as ISO 8601. */
const InstantSchema = z.iso.datetime();

export const TileSchema = z
  .object({
    file: TileFileSchema,
    /** The earliest and latest instant any of the tile's events is placed at (its drawn start). */
    start: InstantSchema,
    end: InstantSchema,
    events: z.int().positive(),
    /** How many of the tile's events each actor is in (actors in none left out): the filter's counts before it is read. */
    actorEvents: z.record(IdSchema, z.int().positive()).optional(),
  })
  .strict();

export const TileManifestSchema = DatasetHeaderSchema.extend({
  kind: z.literal(TILES_KIND),
  /** Every event in the archive, in the tiles and the undated file together. */
  events: z.int().positive(),
  /** Every actor of the archive, so the filter lists them before any tile is read. */
  actors: z.array(ActorSchema),
  /** In date order, not overlapping. */
  tiles: z.array(TileSchema).max(100_000),
  /** The events with no date, in one file of their own (the Undated shelf lists them). */
  undated: TileSchema.pick({ file: true, events: true, actorEvents: true }).strict().optional(),
})
  .strict()
  .superRefine((manifest, ctx) => {
    const issue = (path: PropertyKey[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message, input: manifest });
    let counted = manifest.undated?.events ?? 0;
    manifest.tiles.forEach((tile, index) => {
      counted += tile.events;
      if (Date.parse(tile.end) < Date.parse(tile.start))
        issue(['tiles', index, 'end'], 'ends before it starts');
      const previous = manifest.tiles[index - 1];
      if (previous && Date.parse(tile.start) < Date.parse(previous.end))
        issue(['tiles', index, 'start'], `starts before tile ${index - 1} ends: tiles are in date order`);
    });
    if (counted !== manifest.events)
      issue(['events'], `is ${manifest.events}, but the tiles hold ${counted} events`);
  });

export type Tile = z.infer<typeof TileSchema>;
export type TileManifest = z.infer<typeof TileManifestSchema>;
