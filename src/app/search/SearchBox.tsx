// The search box: words in titles, summaries, quotes and actors' names narrow the events shown,
// together with the actor filter. The search itself runs in the dataset's worker and answers later
// (data/useDatasetSearch.ts); until then the box says so.
import { useId, useMemo } from 'react';
import { formatCount } from '../model/formatCount';
import { parseSearchQuery } from '../model/search/searchQuery';
import { useNewslineStore, useVisibleEvents } from '../store/store';

export function SearchBox() {
  const id = useId();
  const query = useNewslineStore((s) => s.searchQuery);
  const setSearchQuery = useNewslineStore((s) => s.setSearchQuery);
  const answered = useNewslineStore((s) => s.searchMatches?.query === s.searchQuery);
  const matches = useVisibleEvents().length;
  const parsed = useMemo(() => parseSearchQuery(query), [query]);
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
              : `${formatCount(matches)} ${matches === 1 ? 'event matches' : 'events match'}.`}
          {answered && parsed.ignored.length > 0 && ` Common words left out: ${parsed.ignored.join(', ')}.`}
          {answered && parsed.onlyStopWords && ' Only common words: found as whole words.'}
        </p>
      )}
    </form>
  );
}
