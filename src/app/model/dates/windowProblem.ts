// Whether a window someone asked for (a link's start and end) can show the events: the link is
// read before the dataset arrives, so this is asked once the dataset is there.
import type { PlacedEvent } from './eventPlacement';
import { t } from '../i18n/intl';

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * The widest window the timeline shows, in years (the timeline's zoomMax is built from it): vis
 * shows a wider window as its middle 120 years, which for "0001 to 9999" holds no event.
 */
export const LONGEST_WINDOW_YEARS = 120;

/** The same, in milliseconds. */
export const LONGEST_WINDOW_MS = LONGEST_WINDOW_YEARS * YEAR_MS;

/** Why the window would show none of these events, as a clause in the interface's language; null when it shows some. */
export function windowProblem(
  window: { start: number; end: number },
  placed: readonly PlacedEvent[],
): string | null {
  if (placed.length === 0) return null; // nothing to show anywhere: no window is better than another
  if (window.end - window.start > LONGEST_WINDOW_MS)
    return t('timeline.windowTooWide', { years: LONGEST_WINDOW_YEARS });
  const overlaps = placed.some(({ start, end }) => start < window.end && (end ?? start) >= window.start);
  return overlaps ? null : t('timeline.windowEmpty');
}
