// TimelineJS's JSON (timeline.knightlab.com/docs/json-format.html) to a Newsline dataset and back.
// Newsline keeps what TimelineJS holds that it can: each event's dates to their precision (a
// year-only date stays a year), headline and text (as plain text), group (as an actor of kind
// group), media with its caption and credit (timelineJsMedia.ts), its eras (as eras); and it says,
// in notes, what it cannot: times of day, backgrounds, dates before year 0, and each media item it
// keeps only as a link. Going back, TimelineJS cannot hold quotes with their speakers, actors other than
// groups, sources and their excerpts, nor undated events (every slide needs a date, and none is
// invented): the notes count them. A slide with no date is left out, never made an undated event.
import '../schema/zodConfig'; // first: before any schema is built
import { z } from 'zod';
import type { Actor, Dataset, Era, EventDate, Source, TimelineEvent } from '../schema/dataset';
import { isUndated } from '../schema/undated';
import { eventDateWords } from '../schema/dateWords';
import { idFromText, isId, uniqueId } from '../schema/id';
import { comparePartialDates, isPartialDate } from '../schema/partialDate';
import { htmlToPlainText, plainTextToHtml, plainTextToInlineHtml, survivesHtml } from './plainText';
import { mediaFromTimelineJs, mediaToTimelineJs } from './timelineJsMedia';

/** The locale of dates written into files for other tools, and read back from them. */
export const FILE_LOCALE = 'en-GB';

const MAX_SHORT = 300;
const MAX_LONG = 5_000;

/** A date part as TimelineJS writes it: a number, a numeric string, or empty. */
const DatePart = z.preprocess(
  (value) => (value === '' || value === null ? undefined : value),
  z
    .union([
      z.number().int(),
      z
        .string()
        .trim()
        .regex(/^[-+]?\d+$/, 'must be a whole number')
        .transform(Number),
    ])
    .optional(),
);

const TimelineJsDateSchema = z.looseObject({
  year: DatePart.refine((year) => year !== undefined, 'a date needs a year'),
  month: DatePart,
  day: DatePart,
  hour: DatePart,
  minute: DatePart,
  second: DatePart,
  millisecond: DatePart,
  /** A time of day as a spreadsheet cell gives it: only noted, Newsline dates go to the day. */
  time: z.string().optional(),
  display_date: z.string().optional(),
});

const TimelineJsTextSchema = z.looseObject({ headline: z.string().optional(), text: z.string().optional() });

/** A media field: text, or left unread (a number where text belongs does not lose the slide). */
const MediaText = z.string().optional().catch(undefined);

const TimelineJsSlideSchema = z.looseObject({
  start_date: TimelineJsDateSchema.optional(),
  end_date: TimelineJsDateSchema.optional(),
  text: TimelineJsTextSchema.optional(),
  media: z
    .looseObject({
      url: MediaText,
      caption: MediaText,
      credit: MediaText,
      alt: MediaText,
      title: MediaText,
      thumbnail: MediaText,
      link: MediaText,
    })
    .optional(),
  group: z.string().optional(),
  display_date: z.string().optional(),
  background: z.unknown().optional(),
  autolink: z.boolean().optional(),
  unique_id: z.string().optional(),
});

const TimelineJsEraSchema = z.looseObject({
  start_date: TimelineJsDateSchema.optional(),
  end_date: TimelineJsDateSchema.optional(),
  text: TimelineJsTextSchema.optional(),
  unique_id: z.string().optional(),
});

const TimelineJsSchema = z.looseObject({
  title: TimelineJsSlideSchema.optional(),
  events: z.array(z.unknown()),
  eras: z.array(z.unknown()).optional(),
  scale: z.string().optional(),
});

export type TimelineJsDate = z.input<typeof TimelineJsDateSchema>;
export type TimelineJsSlide = z.input<typeof TimelineJsSlideSchema>;
export type TimelineJsEra = z.input<typeof TimelineJsEraSchema>;
export type TimelineJsTimeline = z.input<typeof TimelineJsSchema>;

/** A converted dataset, still to be validated like any other, and what the conversion could not keep. */
export interface Conversion {
  dataset: Dataset;
  notes: string[];
}

const KNOWN_SLIDE_FIELDS = new Set([
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'display_date',
  'background',
  'autolink',
  'unique_id',
]);

/**
 * A TimelineJS timeline as a Newsline dataset. `name` (the file's) titles a timeline without a
 * title; `where` names an event in notes (a CSV's row, by default its place in `events`).
 */
export function fromTimelineJs(
  raw: unknown,
  name: string,
  where: (index: number) => string = (index) => `events[${index}]`,
): Conversion | { error: string } {
  const parsed = TimelineJsSchema.safeParse(raw);
  if (!parsed.success) {
    return { error: `The file is not a TimelineJS timeline: ${describeIssue(parsed.error.issues[0])}.` };
  }
  const timeline = parsed.data;
  const notes = new Notes();
  const title = clip(
    plain(timeline.title?.text?.headline) || name || 'Imported timeline',
    MAX_SHORT,
    notes,
    'the title',
  );
  let titleSlideEmbeds = 0;
  const description = plain(timeline.title?.text?.text, () => titleSlideEmbeds++);
  if (titleSlideEmbeds > 0 || timeline.title?.background !== undefined)
    notes.add("the title slide's background and the images in its text are not kept");
  const titleMedia = mediaFromTimelineJs(timeline.title?.media);
  if (titleMedia.problem) notes.skipMedia(`the title slide: ${titleMedia.problem}`);
  if (titleMedia.keptAsLink) notes.keep(`the title slide: ${titleMedia.keptAsLink}`);
  const source: Source = { id: 'timelinejs', publisher: null, title, url: null, published: null };
  const actors = new Map<string, Actor>();
  const ids = new Set<string>();
  const events: TimelineEvent[] = [];

  timeline.events.forEach((rawSlide, index) => {
    const slide = TimelineJsSlideSchema.safeParse(rawSlide);
    if (!slide.success) {
      notes.skip(`${where(index)}: ${describeIssue(slide.error.issues[0])}`);
      return;
    }
    const event = toEvent(slide.data, index, { source, actors, ids, notes, where });
    if (event) events.push(event);
  });

  const eras = toEras(timeline.eras ?? [], notes);
  if (timeline.scale === 'cosmological')
    notes.add('the cosmological scale is not kept: Newsline places years 0 to 9999');
  return {
    dataset: {
      schemaVersion: 1,
      title,
      ...(description ? { description: clip(description, MAX_LONG, notes, 'the description') } : {}),
      ...(titleMedia.media ? { media: titleMedia.media } : {}),
      ...(eras.length > 0 ? { eras } : {}),
      sources: [source],
      actors: [...actors.values()],
      events,
    },
    notes: notes.list(),
  };
}

/**
 * TimelineJS's eras as Newsline's: dates to their precision, headline as title, text as
 * description. An era without both dates, or ending before it starts, is left out and named.
 */
function toEras(raw: readonly unknown[], notes: Notes): Era[] {
  const ids = new Set<string>();
  const eras: Era[] = [];
  raw.forEach((rawEra, index) => {
    const where = `eras[${index}]`;
    const parsed = TimelineJsEraSchema.safeParse(rawEra);
    if (!parsed.success) {
      notes.add(`left out ${where}: ${describeIssue(parsed.error.issues[0])}`);
      return;
    }
    const era = parsed.data;
    if (!era.start_date || !era.end_date) {
      notes.add(`left out ${where}: an era needs a start_date and an end_date`);
      return;
    }
    const start = partialDate(era.start_date);
    const end = partialDate(era.end_date);
    const problem =
      'problem' in start
        ? `start_date ${start.problem}`
        : 'problem' in end
          ? `end_date ${end.problem}`
          : null;
    if (problem || 'problem' in start || 'problem' in end) {
      notes.add(`left out ${where}: ${problem}`);
      return;
    }
    if (comparePartialDates(end.value, start.value) < 0) {
      notes.add(`left out ${where}: ends (${end.value}) before it starts (${start.value})`);
      return;
    }
    if (start.timeOfDay || end.timeOfDay)
      notes.add(`${where}: its time of day is not kept (Newsline dates go to the day)`);
    let embeds = 0;
    const description = plain(era.text?.text, () => embeds++);
    if (embeds > 0) notes.add(`${where}: an image or embed in its text is not kept`);
    const title = clip(plain(era.text?.headline) || `Era ${index + 1}`, MAX_SHORT, notes, 'an era headline');
    eras.push({
      id: uniqueId(
        era.unique_id !== undefined && isId(era.unique_id) ? era.unique_id : idFromText(title, 'era'),
        ids,
      ),
      title,
      start: start.value,
      end: end.value,
      ...(description ? { description: clip(description, MAX_LONG, notes, 'an era text') } : {}),
    });
  });
  return eras;
}

interface EventContext {
  source: Source;
  actors: Map<string, Actor>;
  ids: Set<string>;
  notes: Notes;
  where: (index: number) => string;
}

function toEvent(
  slide: z.infer<typeof TimelineJsSlideSchema>,
  index: number,
  context: EventContext,
): TimelineEvent | null {
  const { notes, where } = context;
  if (!slide.start_date) {
    notes.skip(`${where(index)}: has no start_date, so it cannot be placed in time`);
    return null;
  }
  const start = partialDate(slide.start_date);
  if ('problem' in start) {
    notes.skip(`${where(index)}: start_date ${start.problem}`);
    return null;
  }
  const end = slide.end_date ? partialDate(slide.end_date) : null;
  if (end && 'problem' in end) {
    notes.skip(`${where(index)}: end_date ${end.problem}`);
    return null;
  }
  if (end && comparePartialDates(end.value, start.value) < 0) {
    notes.skip(`${where(index)}: ends (${end.value}) before it starts (${start.value})`);
    return null;
  }
  if (start.timeOfDay || end?.timeOfDay) notes.count('a time of day (Newsline dates go to the day)');
  const media = mediaFromTimelineJs(slide.media);
  if (media.problem) notes.skipMedia(`${where(index)}: ${media.problem}`);
  if (media.keptAsLink) notes.keep(`${where(index)}: ${media.keptAsLink}`);
  if (slide.media?.thumbnail) notes.count('a media thumbnail (not kept: the image itself is)');
  if (slide.background !== undefined) notes.count('a background');
  for (const field of Object.keys(slide)) {
    if (!KNOWN_SLIDE_FIELDS.has(field)) notes.count(`an unknown field "${field.slice(0, 40)}"`);
  }

  let embeds = 0;
  const text = plain(slide.text?.text, () => embeds++);
  if (embeds > 0) notes.count('an image or embed in its text (not kept; link addresses are)');
  let title = plain(slide.text?.headline);
  if (!title) {
    title = text ? firstWords(text) : `Untitled event ${index + 1}`;
    notes.count('no headline (titled from its text)');
  }
  title = clip(title, MAX_SHORT, notes, 'a headline');
  const summary = clip(text || title, MAX_LONG, notes, 'a text');
  const displayDate = (slide.display_date ?? slide.start_date.display_date)?.trim() || undefined;
  const date = eventDate(start.value, end?.value, displayDate);
  if ('problem' in date) {
    notes.skip(`${where(index)}: ${date.problem}`);
    return null;
  }
  const group = plain(slide.group);
  const actorIds = group ? [groupActor(group, context.actors).id] : [];
  return {
    id: uniqueId(
      slide.unique_id !== undefined && isId(slide.unique_id)
        ? slide.unique_id
        : idFromText(slide.unique_id ?? title, 'event'),
      context.ids,
    ),
    title,
    summary,
    date,
    actorIds,
    quotes: [],
    paraphrases: [],
    sources: [{ sourceId: context.source.id, excerpt: summary }],
    ...(media.media ? { media: media.media } : {}),
  };
}

/**
 * The date of an event. Newsline's own exports say in `display_date` when a date is only a bound
 * ("before 28 Mar 2025", "between 2021 and Mar 2025") or approximate ("c. 2001 – 2021"); those
 * words come back as such. They are told by their first word and the years they name, not by
 * comparing whole phrases: browsers differ in month names ("Sep", "Sept").
 */
function eventDate(
  start: string,
  end: string | undefined,
  displayDate: string | undefined,
): EventDate | { problem: string } {
  const phrase = displayDate ? displayDate.slice(0, MAX_SHORT) : undefined;
  const bound = phrase ? boundedDate(phrase, start, end) : null;
  if (bound) return bound;
  const approximate = phrase?.startsWith('c. ') ?? false;
  const span = end !== undefined && end !== start ? { end } : {};
  const stated: EventDate = {
    basis: 'stated',
    start,
    ...span,
    approximate,
    phrase:
      phrase ?? eventDateWords({ basis: 'stated', start, ...span, approximate, phrase: '' }, FILE_LOCALE),
  };
  return stated;
}

/** A bounded date, if the words say "before …", "after …" or "between … and …" of these dates. */
function boundedDate(phrase: string, start: string, end: string | undefined): EventDate | null {
  const names = (date: string) => phrase.includes(String(Number(date.slice(0, 4))));
  const words = phrase.toLowerCase();
  let date: EventDate | null = null;
  if (end === undefined && words.startsWith('before ') && names(start))
    date = { basis: 'bounded', before: start, phrase: null };
  else if (end === undefined && words.startsWith('after ') && names(start))
    date = { basis: 'bounded', after: start, phrase: null };
  else if (end !== undefined && /^between .+ and /.test(words) && names(start) && names(end))
    date = { basis: 'bounded', after: start, before: end, phrase: null };
  // Words other than Newsline's own ("before the war, 1939") are kept as the date's phrase.
  if (date && eventDateWords(date, FILE_LOCALE) !== phrase) date.phrase = phrase;
  return date;
}

/** TimelineJS date parts as an ISO partial date, to the precision they give. */
function partialDate(
  date: z.infer<typeof TimelineJsDateSchema>,
): { value: string; timeOfDay: boolean } | { problem: string } {
  const { year, month, day } = date;
  if (year === undefined) return { problem: 'has no year' };
  if (year < 0 || year > 9999) {
    return { problem: `has the year ${year}: Newsline places years 0 to 9999 only` };
  }
  if (month === undefined && day !== undefined) return { problem: 'has a day but no month' };
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  const value =
    month === undefined
      ? pad(year, 4)
      : day === undefined
        ? `${pad(year, 4)}-${pad(month, 2)}`
        : `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!isPartialDate(value)) return { problem: `${value} is not a real calendar date` };
  const timeOfDay = [date.hour, date.minute, date.second, date.millisecond, date.time].some(
    (part) => part !== undefined,
  );
  return { value, timeOfDay };
}

function groupActor(group: string, actors: Map<string, Actor>): Actor {
  const name = group.slice(0, MAX_SHORT);
  const existing = actors.get(name);
  if (existing) return existing;
  const ids = new Set([...actors.values()].map((actor) => actor.id));
  const actor: Actor = { id: uniqueId(idFromText(name, 'group'), ids), name, kind: 'group', aliases: [] };
  actors.set(name, actor);
  return actor;
}

function plain(html: string | undefined, onEmbedded?: () => void): string {
  return html ? htmlToPlainText(html, onEmbedded) : '';
}

function firstWords(text: string): string {
  const words = text.split(/\s+/).slice(0, 12).join(' ');
  return words.length < text.length ? `${words}…` : words;
}

function clip(text: string, max: number, notes: Notes, what: string): string {
  if (text.length <= max) return text;
  notes.count(`${what} longer than ${max.toLocaleString('en-GB')} characters (shortened)`);
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'it is not valid';
  const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
  return `${path.replace(/^\./, '') || 'the file'}: ${issue.message}`;
}

/** What a conversion could not keep: events left out (each named), and things counted by kind. */
class Notes {
  private readonly skipped: string[] = [];
  private readonly counts = new Map<string, number>();
  private readonly others: string[] = [];
  private readonly keptAsLinks: string[] = [];
  private readonly mediaLost: string[] = [];

  skip(message: string): void {
    this.skipped.push(message);
  }

  count(what: string): void {
    this.counts.set(what, (this.counts.get(what) ?? 0) + 1);
  }

  add(message: string): void {
    this.others.push(message);
  }

  /** A media item kept as a link the reader opens, not shown as a picture. */
  keep(message: string): void {
    this.keptAsLinks.push(message);
  }

  /** A media item that could not be kept at all (its address is not http(s)). */
  skipMedia(message: string): void {
    this.mediaLost.push(message);
  }

  list(): string[] {
    const shown = this.skipped.slice(0, 20).map((message) => `left out ${message}`);
    if (this.skipped.length > 20) shown.push(`left out ${count(this.skipped.length - 20, 'more event')}`);
    const counted = [...this.counts].map(([what, n]) => `${count(n, 'event')} with ${what}`);
    const listed = (messages: string[], prefix: string) => [
      ...messages.slice(0, 20).map((message) => `${prefix} ${message}`),
      ...(messages.length > 20 ? [`${prefix} ${count(messages.length - 20, 'more media item')}`] : []),
    ];
    return [
      ...shown,
      ...listed(this.keptAsLinks, 'kept as a link (opens in a new tab), not shown as a picture:'),
      ...listed(this.mediaLost, 'media left out:'),
      ...counted,
      ...this.others,
    ];
  }
}

/**
 * A Newsline dataset (or some of its events) as a TimelineJS timeline: dates with their
 * precision, headline and text, group from an actor of kind group, and `display_date` in words
 * that say when a date is only a bound or approximate.
 */
export function toTimelineJs(
  dataset: Dataset,
  events: readonly TimelineEvent[] = dataset.events,
): { timeline: TimelineJsTimeline; notes: string[] } {
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const lost = {
    undated: 0,
    quotes: 0,
    paraphrases: 0,
    excerpts: 0,
    actors: new Set<string>(),
    relative: 0,
    phrases: 0,
    spacing: 0,
  };
  const slides = events.flatMap((event): TimelineJsSlide[] => {
    // A slide needs a start date: an undated event is left out whole, never given one.
    if (isUndated(event.date)) {
      lost.undated++;
      return [];
    }
    lost.quotes += event.quotes.length;
    lost.paraphrases += event.paraphrases.length;
    lost.excerpts += event.sources.length;
    const group = event.actorIds.map((id) => actors.get(id)).find((actor) => actor?.kind === 'group');
    for (const id of event.actorIds) if (id !== group?.id) lost.actors.add(id);
    if (!survivesHtml(event.title) || !survivesHtml(event.summary)) lost.spacing++;
    const { date } = event;
    if (date.basis === 'relative') lost.relative++;
    if (date.basis !== 'bounded' && date.phrase !== eventDateWords(date, FILE_LOCALE)) lost.phrases++;
    const [start, end] =
      date.basis === 'bounded'
        ? date.after !== undefined && date.before !== undefined
          ? [date.after, date.before]
          : [date.before ?? date.after!, undefined]
        : [date.start, date.end !== date.start ? date.end : undefined];
    return [
      {
        start_date: timelineJsDate(start),
        ...(end !== undefined ? { end_date: timelineJsDate(end) } : {}),
        display_date: eventDateWords(date, FILE_LOCALE),
        text: { headline: plainTextToInlineHtml(event.title), text: plainTextToHtml(event.summary) },
        ...(group ? { group: plainTextToInlineHtml(group.name) } : {}),
        ...(event.media ? { media: mediaToTimelineJs(event.media) } : {}),
        unique_id: event.id,
      },
    ];
  });
  const notes = [
    lost.undated &&
      `${count(lost.undated, 'undated event')} (TimelineJS needs a date for every event, and none is made up)`,
    lost.quotes &&
      `${count(lost.quotes, 'quote')} with ${lost.quotes === 1 ? 'its speaker' : 'their speakers'}`,
    lost.paraphrases && count(lost.paraphrases, 'reported statement'),
    lost.actors.size && `${count(lost.actors.size, 'actor')} other than groups`,
    lost.excerpts && `${count(lost.excerpts, 'source')} with the excerpts the events rest on`,
    lost.relative &&
      `${count(lost.relative, 'date')} resolved against an article's date (kept as plain dates)`,
    lost.phrases && `${count(lost.phrases, 'date phrase')} from the articles ("on March 28")`,
    lost.spacing &&
      `the tabs or runs of blank lines of ${count(lost.spacing, 'text')} (HTML shows them as one space or one blank line)`,
  ].filter((note): note is string => Boolean(note));
  return {
    timeline: {
      title: {
        text: {
          headline: plainTextToInlineHtml(dataset.title),
          ...(dataset.description ? { text: plainTextToHtml(dataset.description) } : {}),
        },
        ...(dataset.media ? { media: mediaToTimelineJs(dataset.media) } : {}),
      },
      events: slides,
      // The timeline's periods, whichever of its events are written.
      ...(dataset.eras?.length ? { eras: dataset.eras.map(toTimelineJsEra) } : {}),
    },
    notes,
  };
}

function toTimelineJsEra(era: Era): TimelineJsEra {
  return {
    start_date: timelineJsDate(era.start),
    end_date: timelineJsDate(era.end),
    text: {
      headline: plainTextToInlineHtml(era.title),
      ...(era.description ? { text: plainTextToHtml(era.description) } : {}),
    },
    unique_id: era.id,
  };
}

function timelineJsDate(value: string): TimelineJsDate {
  const [year, month, day] = value.split('-').map(Number);
  return { year: year!, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}
