// The review's sentences, built from what the pipeline found: how many events and how many lack a
// date, the date each was found with (and what an empty field keeps), and who and what it involves.
import type { EventDate, TimelineEvent } from '../../schema/dataset';
import { isUndated } from '../../schema/undated';
import { undatedReason } from '../model/dates/dateProvenance';
import { formatEventDate } from '../model/dates/formatDate';
import { t } from '../model/i18n/intl';

/** "1 event", "3 events". */
export function eventCount(count: number): string {
  return t('common.events', { count });
}

/** The review's opening line, read out when it appears. */
export function reviewSummary(total: number, undated: number): string {
  return [t('article.reviewFound', { total }), undatedNote(undated, total), t('article.reviewKeep')]
    .filter((sentence) => sentence !== '')
    .join(' ');
}

/** How many proposals have no date, said once above them all. */
function undatedNote(undated: number, total: number): string {
  if (undated === 0) return '';
  const which = total === 1 ? 'single' : undated === total ? 'all' : 'some';
  return t('article.reviewUndated', { which, undated });
}

/** The date as the pipeline found it, and what leaving the field empty keeps. */
export function foundDate(date: EventDate): string {
  if (isUndated(date)) {
    const phrase = date.basis === 'bounded' ? date.phrase : null;
    return t('article.foundUndated', {
      reason: undatedReason(date),
      hasPhrase: phrase ? 'yes' : 'no',
      phrase: phrase ?? '',
    });
  }
  if (date.basis === 'bounded') return t('article.foundBounded', { date: formatEventDate(date) });
  return t('article.foundDate', { date: formatEventDate(date) });
}

/** "Mara Ilic · Harbour Police · 2 quotes · 1 reported": the actors by name, then the speech counts. */
export function proposalFacts(event: TimelineEvent, actorName: ReadonlyMap<string, string>): string {
  const actors = event.actorIds.map((id) => actorName.get(id) ?? id);
  const quotes = event.quotes.length;
  const reported = event.paraphrases.length;
  return [
    ...(actors.length > 0 ? actors : [t('article.noActor')]),
    ...(quotes > 0 ? [t('article.quotes', { count: quotes })] : []),
    ...(reported > 0 ? [t('article.reported', { count: reported })] : []),
  ].join(' · ');
}
