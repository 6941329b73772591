// Turns the text of a dataset file into a validated Dataset, or into problems that say what is
// wrong and where (a JSON path, with the event's id when the problem is inside an event).
import type { z } from 'zod';
import { DatasetSchema, SCHEMA_VERSION, type Dataset } from '../../schema/dataset';
import type { LoadProblem } from '../store/datasetSlice';

export type ParseResult =
  { ok: true; dataset: Dataset } | { ok: false; summary: string; problems: LoadProblem[] };

const MAX_PROBLEMS_SHOWN = 50;

export function parseDataset(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      summary: 'The file is not valid JSON.',
      problems: [{ path: '', message: detail }],
    };
  }
  const versionProblem = schemaVersionProblem(raw);
  if (versionProblem) return { ok: false, summary: versionProblem, problems: [] };

  const result = DatasetSchema.safeParse(raw);
  if (result.success) return { ok: true, dataset: result.data };
  const problems = result.error.issues
    .slice(0, MAX_PROBLEMS_SHOWN)
    .map((issue) => ({ path: describePath(issue.path, raw), message: issueMessage(issue) }));
  const more = result.error.issues.length - problems.length;
  if (more > 0) problems.push({ path: '', message: `…and ${more} more problems` });
  const count = result.error.issues.length;
  return {
    ok: false,
    summary: `The file is not a valid Newsline dataset (${count} problem${count === 1 ? '' : 's'}).`,
    problems,
  };
}

function schemaVersionProblem(raw: unknown): string | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return 'The file holds JSON, but not a Newsline dataset: it must be an object with "schemaVersion", "sources", "actors" and "events".';
  }
  const version = (raw as Record<string, unknown>).schemaVersion;
  if (version === undefined) return 'The file has no "schemaVersion": it is not a Newsline dataset.';
  if (version !== SCHEMA_VERSION) {
    return `The file uses schemaVersion ${JSON.stringify(version)}, but this version of Newsline reads schemaVersion ${SCHEMA_VERSION}.`;
  }
  return null;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return `missing (expected ${issue.expected})`;
  return issue.message;
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
