// The view a URL carries (`?event=…&actors=a,b`), parsed from untrusted text and written back.
import { isId } from '../../schema/id';

export interface UrlState {
  eventId: string | null;
  actorIds: string[];
  /** Search words; empty for none. */
  query: string;
  view: 'timeline' | 'list';
}

const MAX_ACTORS = 100;
const MAX_QUERY = 200;

/** Reads the view from a query string; values that are not valid ids are ignored, never trusted. */
export function parseUrlState(search: string): UrlState & { notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const eventParam = params.get('event');
  const eventId = eventParam !== null && isId(eventParam) ? eventParam : null;
  if (eventParam !== null && eventId === null)
    notices.push('Ignored the “event” parameter: it is not an event id.');
  const requested = (params.get('actors') ?? '').split(',').filter((id) => id !== '');
  const actorIds = requested.slice(0, MAX_ACTORS).filter(isId);
  if (actorIds.length < requested.length)
    notices.push('Ignored some of the “actors” parameter: not actor ids.');
  const query = (params.get('q') ?? '').slice(0, MAX_QUERY);
  const view = params.get('view') === 'list' ? 'list' : 'timeline';
  return {
    eventId,
    actorIds: [...new Set(actorIds)],
    query,
    view,
    notices,
  };
}

/** Writes the view into a query string, keeping any other parameters that were there. */
export function writeUrlState(state: UrlState, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  if (state.eventId !== null) params.set('event', state.eventId);
  else params.delete('event');
  if (state.actorIds.length > 0) params.set('actors', state.actorIds.join(','));
  else params.delete('actors');
  if (state.query.trim() !== '') params.set('q', state.query);
  else params.delete('q');
  if (state.view === 'list') params.set('view', 'list');
  else params.delete('view');
  // Commas are safe in a query and far easier to read in a shared link than %2C.
  const query = params.toString().replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}
