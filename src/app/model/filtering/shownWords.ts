// Words for how many events are shown and what narrows them, so the sidebar, the list, the export
// dialog and the screen-reader announcement all say the same thing.
import { formatCount } from '../formatCount';

export interface ShownSummary {
  shown: number;
  total: number;
  /** The names of the actors the filter keeps, in the order picked; empty when none is picked. */
  actorNames: string[];
  /** The words of the search the shown events answer; null without a search. */
  search: string | null;
}

/** Actors named before the rest are counted: a long pick would bury the sentence. */
const NAMED_ACTORS = 3;

export function isNarrowed(summary: ShownSummary): boolean {
  return summary.actorNames.length > 0 || summary.search !== null;
}

const events = (count: number) => `${formatCount(count)} event${count === 1 ? '' : 's'}`;

/**
 * "All 12 events", or "3 of 12 events" whenever a filter or search is on, even one that leaves
 * every event: "All" promises nothing narrows them.
 */
export function shownCountWords(summary: ShownSummary): string {
  return isNarrowed(summary)
    ? `${formatCount(summary.shown)} of ${events(summary.total)}`
    : `All ${events(summary.total)}`;
}

/** What narrows the events: "the actors China and Pakistan and the search “war”"; null for nothing. */
export function narrowingWords(summary: ShownSummary): string | null {
  const parts: string[] = [];
  const { actorNames, search } = summary;
  if (actorNames.length > 0) {
    const named = actorNames.slice(0, NAMED_ACTORS);
    const more = actorNames.length - named.length;
    const names = more > 0 ? [...named, `${more} more`] : named;
    const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
    parts.push(`${actorNames.length === 1 ? 'the actor' : 'the actors'} ${list}`);
  }
  if (search !== null) parts.push(`the search “${search.trim()}”`);
  return parts.length > 0 ? parts.join(' and ') : null;
}
