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
  datasetReferenceIssues,
  type Dataset,
} from '../../schema/dataset';
import type { LoadProblem } from '../store/datasetSlice';

export type ParseResult =
  | { ok: true; dataset: Dataset; skipped: LoadProblem[] }
  | { ok: false; summary: string; problems: LoadProblem[] };

const MAX_PROBLEMS_SHOWN = 50;
const RECORD_LISTS = ['sources', 'actors', 'events'] as const;
type RecordList = (typeof RECORD_LISTS)[number];

/** Called as records are checked: how many of how many. */
export type CheckProgress = (checked: number, total: number) => void;

const PROGRESS_EVERY = 5_000;

export function parseDataset(text: string, onProgress?: CheckProgress): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, summary: 'The file is not valid JSON.', problems: [{ path: '', message: detail }] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail(
      'The file holds JSON, but not a Newsline dataset: it must be an object with "schemaVersion", "sources", "actors" and "events".',
    );
  }
  const record = raw as Record<string, unknown>;
  if (record.schemaVersion === undefined)
    return fail('The file has no "schemaVersion": it is not a Newsline dataset.');
  if (record.schemaVersion !== SCHEMA_VERSION) {
    return fail(
      `The file uses schemaVersion ${JSON.stringify(record.schemaVersion).slice(0, 40)}, but this version of Newsline reads schemaVersion ${SCHEMA_VERSION}.`,
    );
  }

  const headerFields = Object.fromEntries(
    Object.entries(record).filter(([key]) => !(RECORD_LISTS as readonly string[]).includes(key)),
  );
  const header = DatasetHeaderSchema.safeParse(headerFields);
  const fatal: LoadProblem[] = header.success ? [] : issuesAt(header.error.issues, [], raw);
  for (const name of RECORD_LISTS) {
    if (!Array.isArray(record[name]))
      fatal.push({ path: name, message: `missing or not a list (expected an array of ${name})` });
  }
  if (!header.success || fatal.length > 0) return invalid(fatal);

  const skipped: LoadProblem[] = [];
  const total = RECORD_LISTS.reduce((sum, name) => sum + (record[name] as unknown[]).length, 0);
  let checkedBefore = 0;
  const check = <T extends { id: string }>(list: RecordList, schema: z.ZodType<T>) => {
    const items = record[list] as unknown[];
    const valid = keepValid(list, items, schema, raw, skipped, (checked) =>
      onProgress?.(checkedBefore + checked, total),
    );
    checkedBefore += items.length;
    return valid;
  };
  const kept = {
    sources: check('sources', SourceSchema),
    actors: check('actors', ActorSchema),
    events: check('events', TimelineEventSchema),
  };
  // Events that point at actors or sources that do not exist (or were skipped) are skipped too.
  const values = <T>(items: { value: T }[]) => items.map((item) => item.value);
  const candidate = {
    ...header.data,
    sources: values(kept.sources),
    actors: values(kept.actors),
    events: values(kept.events),
  };
  const badEvents = new Map<number, LoadProblem>();
  for (const issue of datasetReferenceIssues(candidate)) {
    const [list, index] = issue.path;
    if (list !== 'events' || typeof index !== 'number') continue;
    const original = kept.events[index]!.index;
    if (!badEvents.has(original)) {
      badEvents.set(original, {
        path: describePath(['events', original, ...issue.path.slice(2)], raw),
        message: issue.message,
      });
    }
  }
  skipped.push(...[...badEvents.values()]);
  const dataset = {
    ...candidate,
    events: kept.events.filter(({ index }) => !badEvents.has(index)).map(({ value }) => value),
  };
  if (dataset.events.length === 0) {
    const none =
      (record.events as unknown[]).length === 0
        ? 'The file has no events.'
        : 'None of the file’s events is valid.';
    return { ok: false, summary: none, problems: cap(skipped) };
  }
  // Every record passed its schema above and every event whose references failed was left out, so
  // the whole needs no second pass through zod (a third of the time at 100,000 events), only proof
  // that no cross-record rule is broken.
  const left = datasetReferenceIssues(dataset);
  if (left.length > 0)
    return invalid(left.map(({ path, message }) => ({ path: describePath(path, dataset), message })));
  return { ok: true, dataset, skipped: cap(skipped) };
}

function keepValid<T extends { id: string }>(
  list: RecordList,
  items: readonly unknown[],
  schema: z.ZodType<T>,
  raw: unknown,
  skipped: LoadProblem[],
  onChecked: (checked: number) => void,
): { index: number; value: T }[] {
  const seen = new Set<string>();
  const kept: { index: number; value: T }[] = [];
  items.forEach((item, index) => {
    if (index % PROGRESS_EVERY === 0) onChecked(index);
    const result = schema.safeParse(item);
    if (!result.success) {
      const [first] = issuesAt(result.error.issues, [list, index], raw);
      const more = result.error.issues.length - 1;
      if (first)
        skipped.push({ ...first, message: more > 0 ? `${first.message} (and ${more} more)` : first.message });
    } else if (seen.has(result.data.id)) {
      skipped.push({
        path: describePath([list, index, 'id'], raw),
        message: `duplicate id "${result.data.id}": only the first is kept`,
      });
    } else {
      seen.add(result.data.id);
      kept.push({ index, value: result.data });
    }
  });
  onChecked(items.length);
  return kept;
}

function issuesAt(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[], raw: unknown): LoadProblem[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const missing = issue.code === 'invalid_type' && valueAt(raw, path) === undefined;
    return {
      path: describePath(path, raw),
      message: missing ? `missing (expected ${issue.expected})` : issue.message,
    };
  });
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node = raw;
  for (const key of path) {
    node =
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return node;
}

function fail(summary: string): ParseResult {
  return { ok: false, summary, problems: [] };
}

function invalid(problems: LoadProblem[]): ParseResult {
  const count = problems.length;
  return {
    ok: false,
    summary: `The file is not a valid Newsline dataset (${count} problem${count === 1 ? '' : 's'}).`,
    problems: cap(problems),
  };
}

function cap(problems: LoadProblem[]): LoadProblem[] {
  if (problems.length <= MAX_PROBLEMS_SHOWN) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS_SHOWN),
    { path: '', message: `…and ${problems.length - MAX_PROBLEMS_SHOWN} more` },
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
