// A proposed event as the reporter edits it in the review (kept or dropped, retitled, re-dated),
// what stops it being added, and the event it becomes once added.
import type { EventDate, TimelineEvent } from '../../schema/dataset';
import { EDITOR_DATE_PHRASE } from '../../schema/dateWords';
import { comparePartialDates, isPartialDate } from '../../schema/partialDate';
import { formatEventDate } from '../model/dates/formatDate';
import { t } from '../model/i18n/intl';

export interface Draft {
  keep: boolean;
  title: string;
  /** The date as the reporter leaves it: a partial date, empty for "as found". */
  when: string;
  until: string;
  found: TimelineEvent;
}

export function draftOf(event: TimelineEvent): Draft {
  const { date } = event;
  return {
    keep: true,
    title: event.title,
    when: date.basis === 'bounded' ? '' : date.start,
    until: date.basis === 'bounded' ? '' : (date.end ?? ''),
    found: event,
  };
}

export function draftProblems(draft: Draft): string[] {
  const problems: string[] = [];
  if (draft.title.trim() === '') problems.push(t('article.needsTitle'));
  if (draft.when !== '' && !isPartialDate(draft.when))
    problems.push(t('article.notADate', { value: draft.when }));
  if (draft.until !== '' && !isPartialDate(draft.until))
    problems.push(t('article.notADate', { value: draft.until }));
  if (draft.when === '' && draft.found.date.basis !== 'bounded')
    problems.push(t('article.needsDate', { date: formatEventDate(draft.found.date) }));
  else if (draft.until !== '' && draft.when === '') problems.push(t('article.spanNeedsStart'));
  if (
    isPartialDate(draft.when) &&
    isPartialDate(draft.until) &&
    comparePartialDates(draft.until, draft.when) < 0
  ) {
    problems.push(t('article.spanBackwards'));
  }
  return problems;
}

/** The kept drafts' problems, each named by the event's place in the list; a dropped one has none. */
export function reviewProblems(drafts: readonly Draft[]): string[] {
  return drafts.flatMap((draft, index) =>
    draft.keep
      ? draftProblems(draft).map((problem) => t('article.eventProblem', { number: index + 1, problem }))
      : [],
  );
}

/** The event as the reporter left it: a date they changed is theirs, not the text's. */
export function eventOf(draft: Draft): TimelineEvent {
  const { found } = draft;
  const title = draft.title.trim();
  const original =
    found.date.basis === 'bounded'
      ? { when: '', until: '' }
      : { when: found.date.start, until: found.date.end ?? '' };
  const unchanged = draft.when === original.when && draft.until === original.until;
  const date: EventDate = unchanged
    ? found.date
    : {
        basis: 'stated',
        start: draft.when,
        ...(draft.until !== '' && draft.until !== draft.when ? { end: draft.until } : {}),
        approximate: false,
        phrase: EDITOR_DATE_PHRASE,
      };
  return { ...found, title, date };
}

export function keptEvents(drafts: readonly Draft[]): TimelineEvent[] {
  return drafts.filter((draft) => draft.keep).map(eventOf);
}
