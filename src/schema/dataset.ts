// THE Newsline dataset schema: the single source of truth for the dataset's TypeScript types,
// its runtime validation and the JSON Schema shipped beside the data (see jsonSchema.ts).
import './zodConfig'; // first: before any schema is built
import { z } from 'zod';
import { ID_PATTERN, ID_RULE } from './id';
import { comparePartialDates, isPartialDate } from './partialDate';
import { isHttpUrl } from './httpUrl';

export const SCHEMA_VERSION = 1;

const MAX_SHORT_TEXT = 300;
const MAX_LONG_TEXT = 5_000;

export const IdSchema = z
  .string()
  .regex(ID_PATTERN, ID_RULE)
  .describe('A stable identifier: lowercase letters, digits and dashes; used in URLs.');

const ShortText = z.string().trim().min(1).max(MAX_SHORT_TEXT);
const LongText = z.string().trim().min(1).max(MAX_LONG_TEXT);

export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO partial date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isPartialDate, 'is not a real calendar date')
  .describe('ISO partial date; its length gives its precision: YYYY, YYYY-MM or YYYY-MM-DD.');

const Link = z
  .string()
  .max(2_000)
  .describe(
    'The address of the article. Only an absolute http(s) URL becomes a link; anything else is shown as text.',
  );

/** An absolute http(s) address: the only kind a reader's browser is sent to or loads from. */
const MediaUrl = z
  .string()
  .max(2_000)
  .refine(isHttpUrl, 'must be an absolute http(s) URL (https://…)')
  .describe('An absolute http(s) URL.');

const MediaTextFields = {
  caption: ShortText.optional().describe('What the picture or the linked item shows, under it.'),
  credit: ShortText.optional().describe('Who made it or owns it ("Photo: Jane Doe / Reuters").'),
};

export const ImageMediaSchema = z
  .object({
    kind: z.literal('image'),
    url: MediaUrl,
    alt: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? 'an image needs alt text: describe what it shows for readers who cannot see it'
            : 'must be text',
      })
      .trim()
      .min(1, 'an image needs alt text: describe what it shows for readers who cannot see it')
      .max(MAX_SHORT_TEXT)
      .describe('What the image shows, for readers who cannot see it. Required.'),
    ...MediaTextFields,
  })
  .strict()
  .describe('A picture shown with the event (loaded from its URL, lazily).');

export const LinkMediaSchema = z
  .object({
    kind: z.literal('link'),
    url: MediaUrl,
    label: ShortText.optional().describe(
      'What the link opens ("Video of the signing"); its host when absent.',
    ),
    type: ShortText.optional().describe(
      'What the link is, as the file it came from named it (a TimelineJS media type: "youtube", "twitter"…).',
    ),
    ...MediaTextFields,
  })
  .strict()
  .describe('A video, post or page the reader opens in a new tab: never framed inside the timeline.');

export const MediaSchema = z.discriminatedUnion('kind', [ImageMediaSchema, LinkMediaSchema]);

export const SourceSchema = z
  .object({
    id: IdSchema,
    publisher: ShortText.nullable().describe('Who published it; null when the article does not say.'),
    title: ShortText.nullable().describe('Headline; null when the article does not give one.'),
    url: Link.nullable(),
    published: PartialDateSchema.nullable().describe('Publication date; null when unknown.'),
    via: ShortText.optional().describe('The outlet this report relays, e.g. "Khaama.com".'),
  })
  .strict();

export const ActorKindSchema = z.enum(['person', 'organisation', 'country', 'group']);

export const ActorSchema = z
  .object({
    id: IdSchema,
    name: ShortText,
    kind: ActorKindSchema,
    aliases: z.array(ShortText).max(50).describe('Other names the articles use for this actor.'),
  })
  .strict();

const DateRangeFields = {
  start: PartialDateSchema,
  end: PartialDateSchema.optional().describe('Last date of a span; absent for a point in time.'),
  approximate: z.boolean().describe('True when the text hedges ("nearly two decades").'),
  phrase: ShortText.describe('The words of the article that give the date.'),
};

const StatedDateSchema = z
  .object({ basis: z.literal('stated'), ...DateRangeFields })
  .strict()
  .describe('The article states the date ("in 2021", "March 28").');

const RelativeDateSchema = z
  .object({
    basis: z.literal('relative'),
    ...DateRangeFields,
    relativeTo: IdSchema.describe('The source whose publication date the phrase was resolved against.'),
  })
  .strict()
  .describe('Resolved against a publication date ("last year").');

const BoundedDateSchema = z
  .object({
    basis: z.literal('bounded'),
    after: PartialDateSchema.optional().describe('The event happened in or after this date.'),
    before: PartialDateSchema.optional().describe('The event happened in or before this date.'),
    phrase: ShortText.nullable().describe('The words that hint at the date, if any.'),
    reason: ShortText.optional().describe(
      'Why the date is left open, for the reader ("the article gives no publication date").',
    ),
  })
  .strict()
  .describe(
    'The text gives no date, only bounds ("before 28 Mar 2025"); with neither bound the event is undated: kept, never placed at an invented date.',
  );

export const EventDateSchema = z.discriminatedUnion('basis', [
  StatedDateSchema,
  RelativeDateSchema,
  BoundedDateSchema,
]);

const Offset = z
  .int()
  .min(0)
  .optional()
  .describe('Character offset of the text in its source article, where the pipeline found it.');

const StatementFields = {
  text: LongText,
  speakerId: IdSchema.nullable().describe('The actor who said it; null when the text does not say.'),
  sourceId: IdSchema,
  offset: Offset,
};

export const QuoteSchema = z
  .object(StatementFields)
  .strict()
  .describe('Exact words inside quotation marks in the source.');

export const ParaphraseSchema = z
  .object(StatementFields)
  .strict()
  .describe('Reported speech without quotation marks: not the speaker\u2019s own words.');

export const SourceRefSchema = z
  .object({
    sourceId: IdSchema,
    excerpt: LongText.describe('The exact passage the event rests on.'),
    offset: Offset,
  })
  .strict();

export const TimelineEventSchema = z
  .object({
    id: IdSchema,
    title: ShortText,
    summary: LongText,
    date: EventDateSchema,
    actorIds: z.array(IdSchema).max(200),
    quotes: z.array(QuoteSchema).max(200),
    paraphrases: z.array(ParaphraseSchema).max(200),
    sources: z.array(SourceRefSchema).min(1).max(200),
    media: MediaSchema.optional(),
  })
  .strict();

export const EraSchema = z
  .object({
    id: IdSchema,
    title: ShortText.describe('The name of the period, drawn at the top of its band ("The Doha talks").'),
    start: PartialDateSchema.describe('The first date of the period; a partial date covers its whole span.'),
    end: PartialDateSchema.describe('The last date of the period; 2021 covers the whole year.'),
    description: LongText.optional(),
  })
  .strict()
  .superRefine((era, ctx) => {
    // Runs even when a date is already refused by its own rule: compare only real dates.
    if (isPartialDate(era.start) && isPartialDate(era.end) && comparePartialDates(era.end, era.start) < 0)
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `ends (${era.end}) before it starts (${era.start})`,
        input: era,
      });
  })
  .describe('A named period of the story, drawn as a band behind the events.');

/** The eras: few (they are drawn all at once), each id once. */
export const ErasSchema = z
  .array(EraSchema)
  .max(200)
  .superRefine((eras, ctx) => {
    const seen = new Set<string>();
    eras.forEach((era, index) => {
      if (seen.has(era.id))
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `duplicate id "${era.id}"`,
          input: eras,
        });
      seen.add(era.id);
    });
  })
  .describe('Named periods drawn as background bands; they may overlap.');

/**
 * The dataset's own fields, without its records: what must be right for anything to load. The eras
 * are here, not among the records: they are few, and every part of a dataset (a tile, a kept
 * timeline, a streamed file's head) carries them whole.
 */
export const DatasetHeaderSchema = z
  .object({
    $schema: z.string().max(2_000).optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    title: ShortText,
    description: LongText.optional(),
    media: MediaSchema.optional().describe('The title slide\u2019s picture or link.'),
    eras: ErasSchema.optional(),
  })
  .strict();

const DatasetShape = DatasetHeaderSchema.extend({
  sources: z.array(SourceSchema),
  actors: z.array(ActorSchema),
  events: z.array(TimelineEventSchema).min(1, 'must hold at least one event'),
}).strict();

type DatasetShapeType = z.infer<typeof DatasetShape>;
type Issue = { path: PropertyKey[]; message: string };

/** The ids an event may point at. */
export interface KnownIds {
  sourceIds: ReadonlySet<string>;
  actorIds: ReadonlySet<string>;
}

/**
 * Every reference an event makes to another record, with where it is in the event: its actors,
 * its statements' speakers and sources, the sources it rests on, and the source a relative date
 * counts from. The one list: validation checks these, and a dataset cut down to some events keeps
 * what these name.
 */
export function forEachReference(
  event: TimelineEvent,
  visit: (kind: 'actor' | 'source', id: string, ...path: PropertyKey[]) => void,
): void {
  event.actorIds.forEach((id, i) => visit('actor', id, 'actorIds', i));
  for (const field of ['quotes', 'paraphrases'] as const) {
    event[field].forEach((statement, i) => {
      if (statement.speakerId !== null) visit('actor', statement.speakerId, field, i, 'speakerId');
      visit('source', statement.sourceId, field, i, 'sourceId');
    });
  }
  event.sources.forEach((ref, i) => visit('source', ref.sourceId, 'sources', i, 'sourceId'));
  if (event.date.basis === 'relative') visit('source', event.date.relativeTo, 'date', 'relativeTo');
}

/**
 * What a JSON Schema cannot check inside one event: its references point at known actors and
 * sources, and its dates are in order. Paths are relative to the event.
 */
export function eventReferenceIssues(event: TimelineEvent, known: KnownIds): Issue[] {
  const issues: Issue[] = [];
  forEachReference(event, (kind, id, ...path) => {
    const ids = kind === 'actor' ? known.actorIds : known.sourceIds;
    if (!ids.has(id)) issues.push({ path, message: `unknown ${kind} "${id}"` });
  });
  const { date } = event;
  if (date.basis !== 'bounded' && date.end !== undefined && comparePartialDates(date.end, date.start) < 0) {
    issues.push({ path: ['date', 'end'], message: `ends (${date.end}) before it starts (${date.start})` });
  }
  if (
    date.basis === 'bounded' &&
    date.after &&
    date.before &&
    comparePartialDates(date.before, date.after) < 0
  ) {
    issues.push({
      path: ['date', 'before'],
      message: `"before" (${date.before}) is earlier than "after" (${date.after})`,
    });
  }
  return issues;
}

/** Cross-record rules a JSON Schema cannot express: unique ids, known references, ordered dates. */
export function datasetReferenceIssues(dataset: DatasetShapeType): Issue[] {
  const issues: Issue[] = [];
  const uniqueIds = (kind: 'sources' | 'actors' | 'events'): Set<string> => {
    const seen = new Set<string>();
    dataset[kind].forEach((record, index) => {
      if (seen.has(record.id)) {
        issues.push({ path: [kind, index, 'id'], message: `duplicate id "${record.id}"` });
      }
      seen.add(record.id);
    });
    return seen;
  };
  const known = { sourceIds: uniqueIds('sources'), actorIds: uniqueIds('actors') };
  uniqueIds('events');
  dataset.events.forEach((event, e) => {
    for (const issue of eventReferenceIssues(event, known)) {
      issues.push({ path: ['events', e, ...issue.path], message: issue.message });
    }
  });
  return issues;
}

export const DatasetSchema = DatasetShape.superRefine((dataset, ctx) => {
  for (const issue of datasetReferenceIssues(dataset)) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: dataset });
  }
});

export type Dataset = z.infer<typeof DatasetSchema>;

export type Source = z.infer<typeof SourceSchema>;
export type Era = z.infer<typeof EraSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type ActorKind = z.infer<typeof ActorKindSchema>;
export type EventDate = z.infer<typeof EventDateSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Paraphrase = z.infer<typeof ParaphraseSchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type Media = z.infer<typeof MediaSchema>;
export type ImageMedia = z.infer<typeof ImageMediaSchema>;
export type LinkMedia = z.infer<typeof LinkMediaSchema>;
