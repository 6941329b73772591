// The search box: words in titles, summaries, quotes and actors' names narrow the events shown,
// together with the actor filter. The search itself runs in the dataset's worker and answers later
// (data/useDatasetSearch.ts); until then the box says so.
import { useId, useMemo } from 'react';
import { t } from '../model/i18n/intl';
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
        {t('shell.search.label')}
      </label>
      <input
        id={id}
        type="search"
        className="search__input"
        value={query}
        placeholder={t('shell.search.placeholder')}
        autoComplete="off"
        onChange={(event) => setSearchQuery(event.target.value)}
      />
      {query.trim() !== '' && (
        <p className="search__status">
          {!answered
            ? t('shell.search.searching')
            : matches === 0
              ? t('shell.search.noMatch')
              : t('shell.search.matches', { count: matches })}
          {answered && parsed.ignored.length > 0 && ' '}
          {answered &&
            parsed.ignored.length > 0 &&
            t('shell.search.leftOut', { words: parsed.ignored.join(t('shell.search.wordSeparator')) })}
          {answered && parsed.onlyStopWords && ' '}
          {answered && parsed.onlyStopWords && t('shell.search.onlyCommonWords')}
        </p>
      )}
    </form>
  );
}
