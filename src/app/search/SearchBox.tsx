// The search box: words in titles, summaries, quotes and actors' names narrow the events shown,
// together with the actor filter. The search itself runs in the dataset's worker and answers later
// (data/useDatasetSearch.ts); until then the box says so.
import { useId } from 'react';
import { formatCount } from '../domain/formatCount';
import { useNewslineStore, useVisibleEvents } from '../store/store';

export function SearchBox() {
  const id = useId();
  const query = useNewslineStore((s) => s.searchQuery);
  const setSearchQuery = useNewslineStore((s) => s.setSearchQuery);
  const answered = useNewslineStore((s) => s.searchMatches?.query === s.searchQuery);
  const matches = useVisibleEvents().length;
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
