// The view a URL carries (`?event=…&actors=a,b`), parsed from untrusted text and written back.
import { isId } from '../../schema/id';
import { allowedWords, ignoredNotice, parameterWords } from '../model/url/linkNotice';

export interface UrlState {
  eventId: string | null;
  actorIds: string[];
  /** Search words; empty for none. */
  query: string;
  view: 'timeline' | 'list';
}

const MAX_ACTORS = 100;
const MAX_QUERY = 200;
const VIEWS = ['timeline', 'list'] as const;
const ID_SHAPE = 'lower-case letters, digits and dashes';

/** Reads the view from a query string; values that are not valid ids are ignored, never trusted. */
export function parseUrlState(search: string): UrlState & { notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const eventParam = params.get('event');
  const eventId = eventParam !== null && isId(eventParam) ? eventParam : null;
  if (eventParam !== null && eventId === null)
    notices.push(
      ignoredNotice(parameterWords('event', eventParam), `event must be an event id (${ID_SHAPE})`),
    );
  const requested = [...new Set((params.get('actors') ?? '').split(',').filter((id) => id !== ''))];
  const actorIds = requested.slice(0, MAX_ACTORS).filter(isId);
  const refused = requested.filter((id) => !isId(id));
  if (refused.length > 0)
    notices.push(
      ignoredNotice(
        parameterWords('actors', refused.join(',')),
        `actors must be actor ids (${ID_SHAPE}), separated by commas`,
      ),
    );
  if (requested.length > MAX_ACTORS)
    notices.push(
      ignoredNotice(
        parameterWords('actors', requested.slice(MAX_ACTORS).join(',')),
        `a link picks at most ${MAX_ACTORS} actors`,
      ),
    );
  const query = (params.get('q') ?? '').slice(0, MAX_QUERY);
  const viewParam = params.get('view');
  const view = VIEWS.find((value) => value === viewParam) ?? 'timeline';
  if (viewParam !== null && view !== viewParam)
    notices.push(ignoredNotice(parameterWords('view', viewParam), `view can be ${allowedWords(VIEWS)}`));
  return {
    eventId,
    actorIds,
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
