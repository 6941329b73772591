// Counts written in the reader's English, like the dates around them: "100,000 events".
import { DEFAULT_LOCALE } from './dates/formatDate';

const formatter = new Intl.NumberFormat(DEFAULT_LOCALE);

export function formatCount(value: number): string {
  return formatter.format(value);
}
