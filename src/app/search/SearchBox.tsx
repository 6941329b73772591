// The search box: words in titles, summaries, quotes and actors' names narrow the events shown,
// together with the actor filter. The search itself runs in the dataset's worker and answers later.
import { useEffect, useId, useMemo } from 'react';
import { formatCount } from '../domain/formatCount';
import { useNewslineStore, useVisibleEvents } from '../store/store';
import { searchScheduler } from './searchScheduler';

export function SearchBox() {
  const id = useId();
  const query = useNewslineStore((s) => s.searchQuery);
  const setSearchQuery = useNewslineStore((s) => s.setSearchQuery);
  const answered = useNewslineStore((s) => s.searchMatches?.query === s.searchQuery);
  const matches = useVisibleEvents().length;
  useSearchRunner(query);
  return (
    <form role="search" className="search" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={id} className="search__label">
        Search events
      </label>
      <input
        id={id}
        type="search"
        className="search__input"
        value={query}
        placeholder="Words, names, quotes…"
        autoComplete="off"
        onChange={(event) => setSearchQuery(event.target.value)}
      />
      {query.trim() !== '' && (
        <p className="search__status">
          {!answered
            ? 'Searching…'
            : matches === 0
              ? 'No event matches.'
              : `${formatCount(matches)} event${matches === 1 ? '' : 's'} match.`}
        </p>
      )}
    </form>
  );
}

/** Sends each new query to the dataset's searcher and stores what it finds. */
function useSearchRunner(query: string): void {
  const search = useNewslineStore((s) => s.search);
  const searchFinished = useNewslineStore((s) => s.searchFinished);
  const schedule = useMemo(
    () =>
      search &&
      searchScheduler(async (words) => {
        const found = await search(words);
        if (found) searchFinished({ query: words, ...found });
      }),
    [search, searchFinished],
  );
  useEffect(() => {
    if (schedule && query.trim() !== '') schedule(query);
  }, [schedule, query]);
}
