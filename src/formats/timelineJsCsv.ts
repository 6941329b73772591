// TimelineJS's spreadsheet layout as CSV (its Google Sheets template, downloaded as CSV) to a
// TimelineJS timeline and back, with PapaParse: quoted commas, quotes and line breaks in cells.
// A row of Type "title" is the title slide, "era" an era, anything else an event.
import Papa from 'papaparse';
import type { TimelineJsDate, TimelineJsEra, TimelineJsSlide, TimelineJsTimeline } from './timelineJs';
import type { TimelineJsMedia } from './timelineJsMedia';

export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
  // Newer TimelineJS templates: the image's alt text and the media's title.
  'Alt Text',
  'Media Title',
] as const;

type Column = (typeof TIMELINEJS_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

/** A timeline read from CSV, the row each event came from (for notes), and what was not read. */
export interface CsvTimeline {
  timeline: TimelineJsTimeline;
  rowOfEvent: number[];
  notes: string[];
}

export function csvToTimelineJs(text: string): CsvTimeline | { error: string } {
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    // Blank rows are read, then passed over, so that each row keeps its spreadsheet number.
    skipEmptyLines: false,
    transformHeader: (header) => canonicalColumn(header) ?? header.replace(/^\uFEFF/, '').trim(),
  });
  const columns = parsed.meta.fields ?? [];
  if (!columns.includes('Year') || !columns.includes('Headline')) {
    const found = columns.slice(0, 8).join(', ') || 'none';
    return {
      error: `The CSV file does not have TimelineJS's columns (Year, Month, Day, …, Headline, Text): it has ${found}.`,
    };
  }
  const notes: string[] = [];
  const unknown = columns.filter((column) => !(TIMELINEJS_COLUMNS as readonly string[]).includes(column));
  if (unknown.length > 0)
    notes.push(`columns not read: ${unknown.map((column) => `"${column}"`).join(', ')}`);
  // Rows PapaParse could not split cleanly are reported, and read as far as they go.
  const blank = (cells: Record<string, string> | undefined) =>
    cells !== undefined && Object.values(cells).every((value) => String(value).trim() === '');
  const errors = parsed.errors.filter((error) => error.row === undefined || !blank(parsed.data[error.row]));
  for (const error of errors.slice(0, 10)) {
    notes.push(`row ${error.row === undefined ? '?' : error.row + 2}: ${error.message}`);
  }

  const events: TimelineJsSlide[] = [];
  const eras: unknown[] = [];
  const rowOfEvent: number[] = [];
  let title: TimelineJsSlide | undefined;
  parsed.data.forEach((cells, index) => {
    if (blank(cells)) return;
    const row = cells as Row;
    const type = row.Type?.trim().toLowerCase() ?? '';
    const slide = toSlide(row);
    if (type === 'title') title = slide;
    else if (type === 'era') eras.push(slide);
    else {
      if (type !== '')
        notes.push(
          `row ${index + 2}: Type "${row.Type?.slice(0, 40)}" is not title or era, read as an event`,
        );
      events.push(slide);
      rowOfEvent.push(index + 2); // the header is row 1
    }
  });
  return {
    timeline: { ...(title ? { title } : {}), events, ...(eras.length ? { eras } : {}) },
    rowOfEvent,
    notes,
  };
}

/** Columns match whatever their case or spacing ("end year", "Media  Credit"). */
function canonicalColumn(header: string): Column | undefined {
  const key = header
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
  return TIMELINEJS_COLUMNS.find((column) => column.toLowerCase() === key);
}

function toSlide(row: Row): TimelineJsSlide {
  const cell = (column: Column) => {
    // A leading ' is how our export (and spreadsheets) keep a cell from being read as a formula.
    const value = row[column]?.trim().replace(/^'(?=[=+\-@\t\r])/, '');
    return value ? value : undefined;
  };
  const date = (year: Column, month: Column, day: Column, time: Column): TimelineJsDate | undefined => {
    const y = cell(year);
    if (y === undefined) return undefined;
    // Newsline dates go to the day: a time, in whichever of TimelineJS's forms ("17:48", "5:48 PM"),
    // is only noted.
    const timeOfDay = cell(time);
    return {
      year: y,
      ...(cell(month) ? { month: cell(month) } : {}),
      ...(cell(day) ? { day: cell(day) } : {}),
      ...(timeOfDay ? { time: timeOfDay } : {}),
    };
  };
  const start = date('Year', 'Month', 'Day', 'Time');
  const end = date('End Year', 'End Month', 'End Day', 'End Time');
  const media = cell('Media');
  const background = cell('Background');
  return {
    ...(start ? { start_date: start } : {}),
    ...(end ? { end_date: end } : {}),
    ...(cell('Display Date') ? { display_date: cell('Display Date') } : {}),
    text: { headline: cell('Headline') ?? '', text: cell('Text') ?? '' },
    ...(media
      ? {
          media: {
            url: media,
            ...(cell('Media Credit') ? { credit: cell('Media Credit') } : {}),
            ...(cell('Media Caption') ? { caption: cell('Media Caption') } : {}),
            ...(cell('Media Thumbnail') ? { thumbnail: cell('Media Thumbnail') } : {}),
            ...(cell('Alt Text') ? { alt: cell('Alt Text') } : {}),
            ...(cell('Media Title') ? { title: cell('Media Title') } : {}),
          },
        }
      : {}),
    ...(cell('Group') ? { group: cell('Group') } : {}),
    ...(background
      ? { background: background.startsWith('#') ? { color: background } : { url: background } }
      : {}),
  };
}

/** A timeline as CSV in TimelineJS's column layout: a title row, a row an era, then one row an event. */
export function timelineJsToCsv(timeline: TimelineJsTimeline): string {
  const rows: Row[] = [];
  if (timeline.title) rows.push({ ...toRow(timeline.title), Type: 'title' });
  for (const era of (timeline.eras ?? []) as TimelineJsEra[]) rows.push({ ...toRow(era), Type: 'era' });
  for (const slide of timeline.events as TimelineJsSlide[]) rows.push(toRow(slide));
  return Papa.unparse(
    {
      fields: [...TIMELINEJS_COLUMNS],
      data: rows.map((row) => TIMELINEJS_COLUMNS.map((column) => row[column] ?? '')),
    },
    // A cell starting with = + - @ tab or return is written with a leading ' so that a spreadsheet
    // shows it, never runs it. PapaParse's own pattern misses cells with a line break in them.
    { escapeFormulae: /^[=+\-@\t\r]/ },
  );
}

function toRow(slide: TimelineJsSlide): Row {
  const part = (value: unknown) => (value === undefined || value === null ? '' : String(value));
  return {
    Year: part(slide.start_date?.year),
    Month: part(slide.start_date?.month),
    Day: part(slide.start_date?.day),
    'End Year': part(slide.end_date?.year),
    'End Month': part(slide.end_date?.month),
    'End Day': part(slide.end_date?.day),
    'Display Date': slide.display_date ?? '',
    Headline: slide.text?.headline ?? '',
    Text: slide.text?.text ?? '',
    Group: slide.group ?? '',
    ...(slide.media ? mediaColumns(slide.media) : {}),
  };
}

function mediaColumns(media: TimelineJsMedia): Row {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    Media: text(media.url),
    'Media Credit': text(media.credit),
    'Media Caption': text(media.caption),
    'Alt Text': text(media.alt),
    'Media Title': text(media.title),
  };
}
