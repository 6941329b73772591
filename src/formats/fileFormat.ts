// The file formats Newsline reads and writes, and their names for readers. Apart from the
// converters, so that the page can name a format without loading them.
export type FileFormat = 'newsline' | 'timelinejs' | 'csv';

export const FORMAT_NAMES: Record<FileFormat, string> = {
  newsline: 'Newsline JSON',
  timelinejs: 'TimelineJS JSON',
  csv: 'CSV (TimelineJS spreadsheet)',
};
