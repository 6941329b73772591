// Counts written in the interface's language, like the dates around them: "100,000", "100 000".
import { formatNumber } from './i18n/intl';

export function formatCount(value: number): string {
  return formatNumber(value);
}
