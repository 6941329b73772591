// The edits an editor makes to a dataset, one record each: what the browser's history stores, what
// a curation file's `edits:` list holds, and what `applyEdit` carries out. One zod schema, so an
// edit read back from the browser's database or from a file is checked like the dataset itself.
import { z } from 'zod';
import {
  ActorKindSchema,
  ActorSchema,
  EventDateSchema,
  IdSchema,
  MediaSchema,
  SourceSchema,
  TimelineEventSchema,
} from '../schema/dataset';

/** An era's fields as the editor typed them: the dataset's schema checks them once applied. */
const EraFields = {
  title: z.string().max(1_000),
  start: z.string().max(20),
  end: z.string().max(20),
  description: z.string().max(10_000),
};

const Statements = z.enum(['quotes', 'paraphrases']).describe('Quotes, or reported speech.');
const Index = z.int().min(0).max(10_000);

/** A pasted article as the reporter gave it: kept with the events read from it. */
export const PastedArticleSchema = z
  .object({
    text: z.string().max(2_000_000),
    publisher: z.string().max(300),
    title: z.string().max(300),
    published: z.string().max(10),
    url: z.string().max(2_000),
  })
  .strict();

export const EditOperationSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('dataset.title'), title: z.string() }).strict(),
  z.object({ op: z.literal('dataset.description'), description: z.string() }).strict(),
  z
    .object({
      op: z.literal('era.add'),
      era: z
        .object({ id: IdSchema, ...EraFields })
        .partial({ description: true })
        .strict(),
    })
    .strict()
    .describe('A named period, drawn as a band behind the events.'),
  z
    .object({ op: z.literal('era.update'), eraId: IdSchema, changes: z.object(EraFields).partial().strict() })
    .strict()
    .describe('Renames or re-dates an era; an empty description removes it.'),
  z.object({ op: z.literal('era.remove'), eraId: IdSchema }).strict(),
  z.object({ op: z.literal('event.title'), eventId: IdSchema, title: z.string() }).strict(),
  z.object({ op: z.literal('event.summary'), eventId: IdSchema, summary: z.string() }).strict(),
  z.object({ op: z.literal('event.date'), eventId: IdSchema, date: EventDateSchema }).strict(),
  z
    .object({ op: z.literal('event.media'), eventId: IdSchema, media: MediaSchema.nullable() })
    .strict()
    .describe("The event's picture or link; null takes it away."),
  z.object({ op: z.literal('event.addActor'), eventId: IdSchema, actorId: IdSchema }).strict(),
  z.object({ op: z.literal('event.removeActor'), eventId: IdSchema, actorId: IdSchema }).strict(),
  z
    .object({
      op: z.literal('statement.speaker'),
      eventId: IdSchema,
      list: Statements,
      index: Index,
      speakerId: IdSchema.nullable(),
    })
    .strict()
    .describe('Who said a quote or a reported statement; null when the text does not say.'),
  z
    .object({ op: z.literal('statement.move'), eventId: IdSchema, from: Statements, index: Index })
    .strict()
    .describe('Turns a quote into reported speech, or reported speech back into a quote.'),
  z.object({ op: z.literal('event.drop'), eventId: IdSchema }).strict(),
  z.object({ op: z.literal('event.restore'), eventId: IdSchema }).strict(),
  z
    .object({ op: z.literal('event.merge'), eventId: IdSchema, otherId: IdSchema })
    .strict()
    .describe('Folds the other event into this one: its actors, statements and sources join it.'),
  z
    .object({
      op: z.literal('event.split'),
      eventId: IdSchema,
      newId: IdSchema,
      title: z.string(),
      sources: z.array(Index).min(1).describe('The sources (by place in the event) the new event takes.'),
    })
    .strict()
    .describe('A new event takes some of the sources, with the statements drawn from them.'),
  z
    .object({ op: z.literal('event.create'), event: TimelineEventSchema })
    .strict()
    .describe('An event the editor made from a passage of a source.'),
  z
    .object({
      op: z.literal('article.add'),
      article: PastedArticleSchema,
      source: SourceSchema,
      actors: z.array(ActorSchema).max(1_000),
      events: z.array(TimelineEventSchema).min(1).max(1_000),
    })
    .strict()
    .describe('The events a reporter kept from a pasted article, with the article and its new actors.'),
  z.object({ op: z.literal('actor.create'), actor: ActorSchema }).strict(),
  z
    .object({ op: z.literal('actor.rename'), actorId: IdSchema, name: z.string() })
    .strict()
    .describe('The old name becomes an alias: the articles still use it.'),
  z.object({ op: z.literal('actor.kind'), actorId: IdSchema, kind: ActorKindSchema }).strict(),
  z
    .object({ op: z.literal('actor.aliases'), actorId: IdSchema, aliases: z.array(z.string()).max(50) })
    .strict(),
  z
    .object({ op: z.literal('actor.merge'), actorId: IdSchema, otherId: IdSchema })
    .strict()
    .describe('The other actor becomes this one everywhere; its names become aliases.'),
]);

export type EditOperation = z.infer<typeof EditOperationSchema>;
export type EditKind = EditOperation['op'];
export type StatementList = z.infer<typeof Statements>;
export type PastedArticle = z.infer<typeof PastedArticleSchema>;
