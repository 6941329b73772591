// Turns the text of a dataset file into a Dataset. Nothing valid is lost: a bad event, actor or
// source is skipped with a note that says what is wrong and where (a JSON path, with the record's
// id), and only a file that is not a dataset at all, or has no valid event, fails as a whole.
import type { z } from 'zod';
import {
  ActorSchema,
  DatasetHeaderSchema,
  SCHEMA_VERSION,
  SourceSchema,
  TimelineEventSchema,
  eventReferenceIssues,
  type Dataset,
  type TimelineEvent,
} from '../../schema/dataset';
import { t } from '../model/i18n/intl';
import type { LoadProblem } from '../store/state';
import { isZodWording, speakZodInInterfaceLanguage } from './zodLocale';

export type ParseResult =
  | { ok: true; dataset: Dataset; skipped: LoadProblem[] }
  | { ok: false; summary: string; problems: LoadProblem[] };

/** How parsing ended, when the dataset itself was handed over in parts. */
export type ParseOutcome =
  { ok: true; skipped: LoadProblem[] } | { ok: false; summary: string; problems: LoadProblem[] };

/** A dataset's own fields, sources and actors: everything but its events. */
export type DatasetHead = Omit<Dataset, 'events'>;

/** Called as records are checked: how many of how many (null while a stream is still arriving). */
export type CheckProgress = (checked: number, total: number | null) => void;

export interface ParseListener {
  /**
   * The dataset without its events, once its sources and actors are checked. A streamed file's
   * may come twice: when its events begin, if its own fields so far are valid, and at the end,
   * whole; the last one counts.
   */
  onHead?: (head: DatasetHead) => void;
  /** The next valid events, in file order, at most EVENT_CHUNK at a time. */
  onEvents?: (events: TimelineEvent[]) => void;
  onProgress?: CheckProgress;
}

const MAX_PROBLEMS_SHOWN = 50;
const RECORD_LISTS = ['sources', 'actors', 'events'] as const;
type RecordList = (typeof RECORD_LISTS)[number];
const PROGRESS_EVERY = 5_000;
/** Events handed over at a time: small enough that the page takes each without a pause. */
export const EVENT_CHUNK = 5_000;
/**
 * The first hand-overs are smaller (this many, then twice as many each time up to EVENT_CHUNK): a
 * page showing a large dataset's events as they arrive gets its first ones sooner.
 */
const FIRST_EVENT_CHUNK = 500;

/** Parses and checks a whole Newsline dataset file at once. */
export function parseDataset(text: string, onProgress?: CheckProgress): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, summary: t('article.notJson'), problems: [{ path: '', message: detail }] };
  }
  const parts = gatherParts(onProgress);
  return parts.result(parseDatasetValue(raw, parts.listener));
}

/** A listener that gathers the parts a parse hands over, and the result they make. */
export function gatherParts(onProgress?: CheckProgress): {
  listener: ParseListener;
  result: (outcome: ParseOutcome) => ParseResult;
} {
  let head: DatasetHead | null = null;
  const events: TimelineEvent[] = [];
  return {
    listener: {
      onHead: (value) => (head = value),
      onEvents: (chunk) => events.push(...chunk),
      ...(onProgress ? { onProgress } : {}),
    },
    result: (outcome) => {
      if (!outcome.ok) return outcome;
      if (!head) return { ok: false, summary: t('article.arrivedIncomplete'), problems: [] };
      return { ok: true, dataset: { ...head, events }, skipped: outcome.skipped };
    },
  };
}

/**
 * Checks a parsed dataset file, handing it over as it goes: the head, then the events in chunks,
 * so a page can take in a large file piece by piece while the rest is still being checked. What
 * was handed over counts only if the outcome is ok.
 */
export function parseDatasetValue(raw: unknown, listener: ParseListener): ParseOutcome {
  const check = startDatasetCheck(raw, listener);
  if (!check.ok) return check;
  check.checkEvents(check.events);
  return check.finish();
}

/** A dataset whose sources and actors are checked, taking its events a batch at a time. */
export interface EventCheck {
  ok: true;
  /** The events list of the value given, if it had one (a streamed file's comes in batches). */
  events: unknown[];
  /** Checks the next events, in file order. */
  checkEvents: (events: readonly unknown[]) => void;
  /**
   * No more events: how the check ended. A streamed file gives its whole head here (what came
   * after the events list too), whose own fields are checked now and handed over with the head.
   */
  finish: (wholeHead?: Record<string, unknown>) => ParseOutcome;
}

/**
 * Checks a dataset's own fields, sources and actors and hands over its head; its events then come
 * to `checkEvents`, all at once or in batches as a stream brings them. With `streamed`, the value
 * is what came before the events list: its events list is empty for now, the total number of
 * records is not known until the end, and the dataset's own fields are checked at the end (one
 * may come after the events), unless one is already wrong.
 */
export function startDatasetCheck(
  raw: unknown,
  listener: ParseListener,
  { streamed = false }: { streamed?: boolean } = {},
): EventCheck | Extract<ParseOutcome, { ok: false }> {
  speakZodInInterfaceLanguage();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return fail(t('article.notADataset'));
  const record = raw as Record<string, unknown>;
  if (record.schemaVersion === undefined) return fail(t('article.noSchemaVersion'));
  if (record.schemaVersion !== SCHEMA_VERSION) {
    return fail(
      t('article.otherSchemaVersion', {
        found: JSON.stringify(record.schemaVersion).slice(0, 40),
        expected: String(SCHEMA_VERSION),
      }),
    );
  }

  const { header, problems } = checkHeader(record);
  // Streamed, a field missing so far may still come after the events list.
  const fatal: LoadProblem[] = (streamed ? problems.filter((problem) => !problem.missing) : problems).map(
    withoutMissing,
  );
  for (const name of RECORD_LISTS) {
    if (!Array.isArray(record[name]))
      fatal.push({ path: name, message: t('article.notAList', { list: name }) });
  }
  if ((!header && !streamed) || fatal.length > 0) return invalid(fatal);

  const lists = {
    sources: record.sources as unknown[],
    actors: record.actors as unknown[],
    events: record.events as unknown[],
  };
  const skipped: LoadProblem[] = [];
  const headRecords = lists.sources.length + lists.actors.length;
  let total: number | null = streamed ? null : headRecords + lists.events.length;
  let checked = 0;
  const progress = () => {
    checked++;
    if (checked % PROGRESS_EVERY === 0 || checked === total) listener.onProgress?.(checked, total);
  };
  const context = { skipped, progress };

  const sources = keepValid('sources', lists.sources, SourceSchema, context);
  const actors = keepValid('actors', lists.actors, ActorSchema, context);
  // Streamed, the head may be handed over again at the end, whole: the first lets a page show the
  // events checked so far (a file written as Newsline writes it has all its own fields first).
  if (header) listener.onHead?.({ ...header, sources, actors });

  // Events that point at actors or sources that do not exist (or were skipped) are skipped too.
  const known = {
    sourceIds: new Set(sources.map((source) => source.id)),
    actorIds: new Set(actors.map((actor) => actor.id)),
  };
  const eventIds = new Set<string>();
  let offered = 0;
  let kept = 0;
  let chunk: TimelineEvent[] = [];
  let chunkSize = FIRST_EVENT_CHUNK;
  return {
    ok: true,
    events: lists.events,
    checkEvents: (events) => {
      keepValid('events', events, TimelineEventSchema, context, {
        firstIndex: offered,
        seen: eventIds,
        crossCheck: (event) => eventReferenceIssues(event, known)[0],
        accept: (event) => {
          kept++;
          chunk.push(event);
          if (chunk.length === chunkSize) {
            listener.onEvents?.(chunk);
            chunk = [];
            chunkSize = Math.min(EVENT_CHUNK, chunkSize * 2);
          }
        },
      });
      offered += events.length;
    },
    finish: (wholeHead) => {
      if (streamed) {
        const whole = checkHeader(wholeHead ?? record);
        if (!whole.header) return invalid(whole.problems.map(withoutMissing));
        listener.onHead?.({ ...whole.header, sources, actors });
      }
      if (chunk.length > 0) listener.onEvents?.(chunk);
      chunk = [];
      if (total === null) {
        total = headRecords + offered;
        listener.onProgress?.(checked, total);
      }
      if (kept === 0) {
        const none = t(offered === 0 ? 'article.noEvents' : 'article.noValidEvent');
        return { ok: false, summary: none, problems: cap(skipped) };
      }
      return { ok: true, skipped: cap(skipped) };
    },
  };
}

/** The dataset's own fields (everything but its lists of records), or what is wrong with them. */
function checkHeader(record: Record<string, unknown>): {
  header: z.infer<typeof DatasetHeaderSchema> | null;
  problems: (LoadProblem & { missing: boolean })[];
} {
  const headerFields = Object.fromEntries(
    Object.entries(record).filter(([key]) => !(RECORD_LISTS as readonly string[]).includes(key)),
  );
  const checked = DatasetHeaderSchema.safeParse(headerFields);
  return checked.success
    ? { header: checked.data, problems: [] }
    : { header: null, problems: issuesAt(checked.error.issues, [], record) };
}

interface CheckContext {
  skipped: LoadProblem[];
  progress: () => void;
}

/**
 * The records of a list that pass their schema, have an id not seen before in the list and pass the
 * cross-check; each other record is skipped with its first problem.
 */
function keepValid<T extends { id: string }>(
  list: RecordList,
  items: readonly unknown[],
  schema: z.ZodType<T>,
  { skipped, progress }: CheckContext,
  options: {
    crossCheck?: (value: T) => { path: PropertyKey[]; message: string } | undefined;
    accept?: (value: T) => void;
    /** Where `items` starts in its list: a streamed file's events come in batches. */
    firstIndex?: number;
    /** Ids met so far in the list, across batches. */
    seen?: Set<string>;
  } = {},
): T[] {
  const { firstIndex = 0, seen = new Set<string>() } = options;
  const kept: T[] = [];
  // Problems are described by their place in the whole list: the record is found at its index.
  const root = (index: number) => ({ [list]: { [index]: items[index - firstIndex] } });
  items.forEach((item, offset) => {
    const index = firstIndex + offset;
    progress();
    const result = schema.safeParse(item);
    if (!result.success) {
      const [first] = issuesAt(result.error.issues, [list, index], root(index));
      const more = result.error.issues.length - 1;
      if (first)
        skipped.push({
          ...first,
          message:
            more > 0 ? t('article.andMoreIssues', { problem: first.message, count: more }) : first.message,
        });
      return;
    }
    if (seen.has(result.data.id)) {
      skipped.push({
        path: describePath([list, index, 'id'], root(index)),
        message: t('article.duplicateId', { id: result.data.id }),
      });
      return;
    }
    seen.add(result.data.id);
    const issue = options.crossCheck?.(result.data);
    if (issue) {
      skipped.push({ path: describePath([list, index, ...issue.path], root(index)), message: issue.message });
      return;
    }
    if (options.accept) options.accept(result.data);
    else kept.push(result.data);
  });
  return kept;
}

function issuesAt(
  issues: readonly z.core.$ZodIssue[],
  prefix: PropertyKey[],
  raw: unknown,
): (LoadProblem & { missing: boolean })[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const missing = issue.code === 'invalid_type' && valueAt(raw, path) === undefined;
    return {
      path: describePath(path, raw),
      // A schema's own words for a missing field ("an image needs alt text") say more than ours.
      message:
        missing && isZodWording(issue.message)
          ? t('article.missingField', { expected: issue.expected })
          : issue.message,
      missing,
    };
  });
}

/** A problem as the reader is shown it. */
function withoutMissing({ path, message }: LoadProblem): LoadProblem {
  return { path, message };
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node = raw;
  for (const key of path) {
    node =
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return node;
}

function fail(summary: string): Extract<ParseOutcome, { ok: false }> {
  return { ok: false, summary, problems: [] };
}

export function invalid(problems: LoadProblem[]): Extract<ParseOutcome, { ok: false }> {
  const count = problems.length;
  return {
    ok: false,
    summary: t('article.invalidDataset', { count }),
    problems: cap(problems),
  };
}

function cap(problems: LoadProblem[]): LoadProblem[] {
  if (problems.length <= MAX_PROBLEMS_SHOWN) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS_SHOWN),
    { path: '', message: t('article.andMoreProblems', { count: problems.length - MAX_PROBLEMS_SHOWN }) },
  ];
}

/** `events[3] (id "x").date.start`: a JSON path that also names the record it points into. */
export function describePath(path: readonly PropertyKey[], raw: unknown): string {
  let node: unknown = raw;
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += `${out ? '.' : ''}${String(key)}`;
    node =
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number' && node !== null && typeof node === 'object') {
      const id = (node as Record<string, unknown>).id;
      if (typeof id === 'string') out += ` (id ${JSON.stringify(id.slice(0, 80))})`;
    }
  }
  return out;
}
