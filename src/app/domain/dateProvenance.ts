// Explains in words where an event's date comes from, for the panel.
import type { EventDate, Source } from '../../schema/dataset';
import { EDITOR_DATE_PHRASE } from '../../schema/dateWords';
import { precisionOf } from '../../schema/partialDate';
import { formatPartialDate } from './formatDate';

export function describeDatePrecision(date: EventDate): string {
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
      const hint = date.phrase ? ` (\u201c${date.phrase}\u201d)` : '';
      const bounds = [
        date.after !== undefined ? `after ${formatPartialDate(date.after)}` : null,
        date.before !== undefined ? `before ${formatPartialDate(date.before)}` : null,
      ].filter((bound) => bound !== null);
      return `The text gives no date${hint}; it is known only to be ${bounds.join(' and ')}. It is shown at that bound.`;
    }
  }
}
