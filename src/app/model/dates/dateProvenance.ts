// Explains in words where an event's date comes from, or why there is none, for the panel, the
// list and the Undated shelf, in the interface's language.
import type { EventDate, Source } from '../../../schema/dataset';
import { isUndated } from '../../../schema/undated';
import { EDITOR_DATE_PHRASE } from '../../../schema/dateWords';
import { precisionOf } from '../../../schema/partialDate';
import { t } from '../i18n/intl';
import { timeline as englishWords } from '../i18n/messages/en/timeline';
import { formatPartialDate } from './formatDate';

/** Said of an undated event whose dataset gives no reason, in English (the tests' language). */
export const DEFAULT_UNDATED_REASON = englishWords['timeline.undatedReason'];

/**
 * Why an event is undated, as a sentence: the dataset's reason ("the article gives no publication
 * date", written for the reader but not always capitalised or ended), or the default one.
 */
export function undatedReason(date: EventDate): string {
  const reason = date.basis === 'bounded' ? date.reason?.trim() : undefined;
  if (!reason) return t('timeline.undatedReason');
  const capitalised = reason.charAt(0).toLocaleUpperCase() + reason.slice(1);
  return /[.!?\u2026]["'\u201d\u2019)]?$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

export function describeDatePrecision(date: EventDate): string {
  if (isUndated(date)) return t('timeline.precisionUndated');
  if (date.basis === 'bounded') return t('timeline.precisionBounded');
  const precision = precisionOf(
    date.end !== undefined && date.end.length > date.start.length ? date.end : date.start,
  );
  return t(date.approximate ? 'timeline.precisionApproximate' : 'timeline.precisionExact', { precision });
}

export function describeDateOrigin(date: EventDate, sourcesById: ReadonlyMap<string, Source>): string {
  switch (date.basis) {
    case 'stated':
      if (date.phrase === EDITOR_DATE_PHRASE) return t('timeline.originEditor');
      return t('timeline.originStated', { phrase: date.phrase });
    case 'relative': {
      const published = sourcesById.get(date.relativeTo)?.published;
      return published
        ? t('timeline.originRelative', { phrase: date.phrase, published: formatPartialDate(published) })
        : t('timeline.originRelativeUndated', { phrase: date.phrase });
    }
    case 'bounded': {
      if (isUndated(date)) {
        const reason = undatedReason(date);
        return date.phrase
          ? t('timeline.originUndatedPhrase', { reason, phrase: date.phrase })
          : t('timeline.originUndated', { reason });
      }
      const { after, before } = date;
      const dates = {
        bounds: after === undefined ? 'before' : before === undefined ? 'after' : 'both',
        after: after === undefined ? '' : formatPartialDate(after),
        before: before === undefined ? '' : formatPartialDate(before),
      };
      const known = date.phrase
        ? t('timeline.originBoundedPhrase', { ...dates, phrase: date.phrase })
        : t('timeline.originBounded', dates);
      const drawn =
        before === undefined
          ? t('timeline.drawnForward', dates)
          : after === undefined
            ? t('timeline.drawnBackOpen', dates)
            : t('timeline.drawnBack', dates);
      return `${known} ${drawn}`;
    }
  }
}
