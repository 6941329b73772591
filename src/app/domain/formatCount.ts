// Counts written for the reader's locale: "100,000 events" in en-GB, "100.000" in de-DE.
import { DEFAULT_LOCALE } from './formatDate';

const formatter = new Intl.NumberFormat(DEFAULT_LOCALE);

export function formatCount(value: number): string {
  return formatter.format(value);
}
