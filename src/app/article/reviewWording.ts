// The review's sentences, built from what the pipeline found: how many events and how many lack a
// date, the date each was found with (and what an empty field keeps), and who and what it involves.
import type { EventDate, TimelineEvent } from '../../schema/dataset';
import { isUndated } from '../../schema/undated';
import { undatedReason } from '../model/dates/dateProvenance';
import { formatEventDate } from '../model/dates/formatDate';

/** "1 event", "3 events". */
export function eventCount(count: number): string {
  return `${count} event${count === 1 ? '' : 's'}`;
}

/** The review's opening line, read out when it appears. */
export function reviewSummary(total: number, undated: number): string {
  return `${eventCount(total)} found in the article.${undatedNote(undated, total)} Keep, retitle or re-date each; what you drop is not added.`;
}

/** How many proposals have no date, said once above them all. */
function undatedNote(undated: number, total: number): string {
  if (undated === 0) return '';
  const which =
    undated === 1
      ? total === 1
        ? 'It has no date'
        : '1 of them has no date'
      : undated === total
        ? 'None of them has a date'
        : `${undated} of them have no date`;
  return ` ${which}: ${undated === 1 ? 'give it one, or keep it undated' : 'give each one, or keep them undated'}.`;
}

/** The date as the pipeline found it, and what leaving the field empty keeps. */
export function foundDate(date: EventDate): string {
  if (isUndated(date)) {
    const words = date.basis === 'bounded' && date.phrase ? ` The words “${date.phrase}” give no date.` : '';
    return `Found: undated. ${undatedReason(date)}${words} Leave the date empty to keep it undated (listed apart from the timeline), or give it one.`;
  }
  if (date.basis === 'bounded')
    return `Found: ${formatEventDate(date)} (the text gives no date; leave empty to keep the bound)`;
  return `Found: ${formatEventDate(date)}`;
}

/** "Mara Ilic · Harbour Police · 2 quotes · 1 reported": the actors by name, then the speech counts. */
export function proposalFacts(event: TimelineEvent, actorName: ReadonlyMap<string, string>): string {
  const actors = event.actorIds.map((id) => actorName.get(id) ?? id).join(' · ') || 'No actor found';
  const quotes = event.quotes.length;
  const reported = event.paraphrases.length;
  return (
    actors +
    (quotes > 0 ? ` · ${quotes} quote${quotes === 1 ? '' : 's'}` : '') +
    (reported > 0 ? ` · ${reported} reported` : '')
  );
}
