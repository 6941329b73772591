// Words for how many events are shown and what narrows them, so the sidebar, the list, the export
// dialog and the screen-reader announcement all say the same thing.
import { formatCount } from '../formatCount';
import { formatList, t } from '../i18n/intl';

export interface ShownSummary {
  shown: number;
  total: number;
  /** The names of the actors the filter keeps, in the order picked; empty when none is picked. */
  actorNames: string[];
  /** The words of the search the shown events answer; null without a search. */
  search: string | null;
  /** The dataset is still arriving: `total` is of the events checked so far. */
  arriving?: boolean;
}

/** Actors named before the rest are counted: a long pick would bury the sentence. */
const NAMED_ACTORS = 3;

export function isNarrowed(summary: ShownSummary): boolean {
  return summary.actorNames.length > 0 || summary.search !== null;
}

/**
 * "All 12 events", or "3 of 12 events" whenever a filter or search is on, even one that leaves
 * every event: "All" promises nothing narrows them.
 */
export function shownCountWords(summary: ShownSummary): string {
  const { shown, total, arriving = false } = summary;
  if (isNarrowed(summary))
    return t(arriving ? 'shell.shown.someSoFar' : 'shell.shown.some', { shown: formatCount(shown), total });
  return t(arriving ? 'shell.shown.allSoFar' : 'shell.shown.all', { count: total });
}

/** What narrows the events: "the actors China and Pakistan and the search “war”"; null for nothing. */
export function narrowingWords(summary: ShownSummary): string | null {
  const { actorNames, search } = summary;
  let actors: string | null = null;
  if (actorNames.length > 0) {
    const named = actorNames.slice(0, NAMED_ACTORS);
    const more = actorNames.length - named.length;
    const names = more > 0 ? [...named, t('shell.narrowing.moreActors', { count: more })] : named;
    actors = t('shell.narrowing.actors', { count: actorNames.length, names: formatList(names) });
  }
  const searched = search === null ? null : t('shell.narrowing.search', { query: search.trim() });
  if (actors !== null && searched !== null) return t('shell.narrowing.both', { actors, search: searched });
  return actors ?? searched;
}
