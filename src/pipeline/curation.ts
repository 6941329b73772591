// The editorial layer: a short file of corrections keyed by stable event key. An editor can
// retitle, re-date, rename, merge, drop or add events (built from exact excerpts), correct their
// actors, name periods (eras), and mark review items as reviewed. Edits made in the browser's edit mode come last.
import { z } from 'zod';
import { EditOperationSchema } from '../editing/editOperation';
import { ErasSchema, EventDateSchema, IdSchema } from '../schema/dataset';

const Text = z.string().trim().min(1).max(5_000);

const ActorEdit = z
  .object({ add: z.array(IdSchema).default([]), remove: z.array(IdSchema).default([]) })
  .strict()
  .describe('Actor ids to add to or remove from the event.');

export const EventEditSchema = z
  .object({
    id: IdSchema.optional(),
    title: Text.optional(),
    summary: Text.optional(),
    date: EventDateSchema.optional(),
    actors: ActorEdit.optional(),
    merge: z.array(z.string().min(1)).optional().describe('Keys of events to fold into this one.'),
    excerpts: z
      .array(z.object({ source: IdSchema, text: Text }).strict())
      .optional()
      .describe('Exact passages of the articles that tell the same happening, added as its sources.'),
    drop: z.literal(true).optional(),
  })
  .strict();

export const AddedEventSchema = z
  .object({
    id: IdSchema,
    title: Text,
    summary: Text.optional(),
    date: EventDateSchema.optional(),
    actors: z.array(IdSchema).optional(),
    excerpts: z.array(z.object({ source: IdSchema, text: Text }).strict()).min(1),
  })
  .strict();

export const CurationSchema = z
  .object({
    title: z.string().trim().min(1).max(300).optional().describe('The dataset title.'),
    description: Text.optional(),
    eras: ErasSchema.optional().describe(
      'Named periods drawn as bands behind the events: id, title, start, end (ISO partial dates), description.',
    ),
    events: z.record(z.string(), EventEditSchema).default({}),
    add: z.array(AddedEventSchema).default([]),
    reviewed: z.array(z.string()).default([]),
    edits: z
      .array(EditOperationSchema)
      .default([])
      .describe(
        "Edits made in the browser's edit mode, applied in order after everything above, by event and actor id",
      ),
  })
  .strict();

export type Curation = z.infer<typeof CurationSchema>;
export type EventEdit = z.infer<typeof EventEditSchema>;
export type AddedEvent = z.infer<typeof AddedEventSchema>;

export const EMPTY_CURATION: Curation = { events: {}, add: [], reviewed: [], edits: [] };
