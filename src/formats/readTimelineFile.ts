// Reads a file a reader opened: a Newsline dataset, a TimelineJS timeline (JSON) or TimelineJS's
// spreadsheet layout (CSV). It tells the format from the content, converts what is not Newsline,
// and hands back a value still to be validated like any dataset, with what the conversion lost.
// The converters (and their CSV and HTML parsers) load only for a file that needs them.
import type { FileFormat } from './fileFormat';

export type ReadFile =
  | { ok: true; format: FileFormat; value: unknown; notes: string[] }
  | { ok: false; summary: string; detail?: string };

/** `name` is the file's name (or the URL's last part): it titles an untitled timeline. */
export async function readTimelineFile(text: string, name = ''): Promise<ReadFile> {
  const body = text.replace(/^\uFEFF/, '');
  const start = body.trimStart()[0];
  if (start === '{' || start === '[') return readJson(body, name);
  if (looksLikeTimelineJsCsv(body)) return readCsv(body, name);
  if (/\.json$/i.test(name)) return readJson(body, name);
  return {
    ok: false,
    summary:
      'The file is neither JSON nor a CSV with TimelineJS’s columns. Newsline opens its own JSON, TimelineJS JSON, and CSV in TimelineJS’s spreadsheet layout.',
  };
}

/**
 * A first line naming TimelineJS's Year and Headline columns, between commas, semicolons (a
 * spreadsheet's export in many European locales) or tabs; PapaParse then finds which and reads it.
 */
function looksLikeTimelineJsCsv(text: string): boolean {
  const header = text.slice(0, 2_000).split(/\r?\n/, 1)[0]?.toLowerCase() ?? '';
  const column = (name: string) => new RegExp(`(^|[,;\\t])\\s*"?${name}"?\\s*([,;\\t]|$)`).test(header);
  return column('year') && column('headline');
}

async function readJson(text: string, name: string): Promise<ReadFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, summary: 'The file is not valid JSON.', detail };
  }
  return readTimelineJson(raw, name);
}

/** A JSON file already parsed (a streamed one is parsed as it arrives): Newsline's or TimelineJS's. */
export async function readTimelineJson(raw: unknown, name = ''): Promise<ReadFile> {
  if (!isTimelineJs(raw)) return { ok: true, format: 'newsline', value: raw, notes: [] };
  const { fromTimelineJs } = await import('./timelineJs');
  const converted = fromTimelineJs(raw, titleFrom(name));
  if ('error' in converted) return { ok: false, summary: converted.error };
  return { ok: true, format: 'timelinejs', value: converted.dataset, notes: converted.notes };
}

async function readCsv(text: string, name: string): Promise<ReadFile> {
  const [{ csvToTimelineJs }, { fromTimelineJs }] = await Promise.all([
    import('./timelineJsCsv'),
    import('./timelineJs'),
  ]);
  const read = csvToTimelineJs(text);
  if ('error' in read) return { ok: false, summary: read.error };
  const converted = fromTimelineJs(
    read.timeline,
    titleFrom(name),
    (index) => `row ${read.rowOfEvent[index] ?? '?'}`,
  );
  if ('error' in converted) return { ok: false, summary: converted.error };
  return { ok: true, format: 'csv', value: converted.dataset, notes: [...read.notes, ...converted.notes] };
}

/** Whether a parsed JSON value looks like a TimelineJS timeline: an object with a list of events. */
export function isTimelineJs(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Array.isArray((value as { events?: unknown }).events) &&
    !('schemaVersion' in value)
  );
}

/** `kabul-2025.csv` → `kabul-2025`: a title for a timeline that has none. */
function titleFrom(name: string): string {
  return name
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .slice(0, 300);
}
