// Explains in words where an event's date comes from, or why there is none, for the panel, the
// list and the Undated shelf.
import type { EventDate, Source } from '../../../schema/dataset';
import { isUndated } from '../../../schema/undated';
import { EDITOR_DATE_PHRASE } from '../../../schema/dateWords';
import { precisionOf } from '../../../schema/partialDate';
import { formatPartialDate } from './formatDate';

/** Said of an undated event whose dataset gives no reason. */
export const DEFAULT_UNDATED_REASON = 'Neither the text nor its article gives a date.';

/**
 * Why an event is undated, as a sentence: the dataset's reason ("the article gives no publication
 * date", written for the reader but not always capitalised or ended), or the default one.
 */
export function undatedReason(date: EventDate): string {
  const reason = date.basis === 'bounded' ? date.reason?.trim() : undefined;
  if (!reason) return DEFAULT_UNDATED_REASON;
  const capitalised = reason.charAt(0).toLocaleUpperCase() + reason.slice(1);
  return /[.!?\u2026]["'\u201d\u2019)]?$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

export function describeDatePrecision(date: EventDate): string {
  if (isUndated(date)) return 'No date or bound known';
  if (date.basis === 'bounded') return 'Date not given in the text';
  const precision = precisionOf(
    date.end !== undefined && date.end.length > date.start.length ? date.end : date.start,
  );
  return date.approximate ? `Approximate, to the ${precision}` : `Precise to the ${precision}`;
}

export function describeDateOrigin(date: EventDate, sourcesById: ReadonlyMap<string, Source>): string {
  switch (date.basis) {
    case 'stated':
      if (date.phrase === EDITOR_DATE_PHRASE) return 'Dated by the editor who added the article.';
      return `Stated in the text: \u201c${date.phrase}\u201d`;
    case 'relative': {
      const published = sourcesById.get(date.relativeTo)?.published;
      const anchor = published ? `an article of ${formatPartialDate(published)}` : 'its article';
      return `\u201c${date.phrase}\u201d in ${anchor}`;
    }
    case 'bounded': {
      if (isUndated(date)) {
        const words = date.phrase ? ` The words \u201c${date.phrase}\u201d give no date.` : '';
        return `${undatedReason(date)}${words} It is listed apart, under Undated, not placed on the timeline.`;
      }
      const hint = date.phrase ? ` (\u201c${date.phrase}\u201d)` : '';
      const bounds = [
        date.after !== undefined ? `after ${formatPartialDate(date.after)}` : null,
        date.before !== undefined ? `before ${formatPartialDate(date.before)}` : null,
      ].filter((bound) => bound !== null);
      const { after, before } = date;
      const reach = after !== undefined ? `to ${formatPartialDate(after)}` : 'into the past';
      const drawn =
        before !== undefined
          ? `The timeline draws it ending at ${formatPartialDate(before)}, reaching back ${reach}.`
          : `The timeline draws it reaching from ${formatPartialDate(after ?? '')} to when it was reported.`;
      return `The text gives no date${hint}; it is known only to be ${bounds.join(' and ')}. ${drawn}`;
    }
  }
}
