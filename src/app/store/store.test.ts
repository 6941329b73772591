import { afterEach, describe, expect, it } from 'vitest';
import { datasetFixture, undatedDatasetFixture } from '../../testing/datasetFixture';
import { searchCorpus } from '../model/search/searchCorpus';
import { searchEvents } from '../model/search/searchIndex';
import { actorsWithCounts, shownSummary, visibleEvents } from '../model/filtering/shownEvents';
import { useNewslineStore, whenWholeDataset } from './store';

const store = () => useNewslineStore.getState();
const loaded = () =>
  store().datasetLoaded(datasetFixture(), {
    url: '/data.json',
    from: 'address',
    format: 'newsline',
    skipped: [],
    notes: [],
  });

afterEach(() => useNewslineStore.setState(useNewslineStore.getInitialState(), true));

describe('actor filter', () => {
  it('keeps the events that involve any picked actor, in date order', () => {
    const dataset = datasetFixture();
    // "bound" is known only to be after 2021: it sits by when it was reported (its source's date).
    expect(visibleEvents(dataset, []).map((e) => e.id)).toEqual(['early', 'middle', 'late', 'bound']);
    expect(visibleEvents(dataset, ['ann']).map((e) => e.id)).toEqual(['middle', 'late']);
    expect(visibleEvents(dataset, ['ann', 'land']).map((e) => e.id)).toEqual(['early', 'middle', 'late']);
  });

  it('counts the events each actor appears in, most frequent first', () => {
    expect(actorsWithCounts(datasetFixture()).map(({ actor, eventCount }) => [actor.id, eventCount])).toEqual(
      [
        ['ann', 2],
        ['bureau', 2],
        ['land', 1],
      ],
    );
  });

  it('toggles actors on and off and clears in one step', () => {
    loaded();
    store().toggleActor('ann');
    store().toggleActor('land');
    expect(store().selectedActorIds).toEqual(['ann', 'land']);
    store().toggleActor('ann');
    expect(store().selectedActorIds).toEqual(['land']);
    store().clearActorFilter();
    expect(store().selectedActorIds).toEqual([]);
  });
});

describe('selection and navigation', () => {
  it('walks the visible events in date order and stops at the ends', () => {
    loaded();
    store().selectAdjacentEvent(1);
    expect(store().selectedEventId).toBe('early');
    store().selectAdjacentEvent(1);
    store().selectAdjacentEvent(1);
    store().selectAdjacentEvent(1);
    expect(store().selectedEventId).toBe('bound');
    store().selectAdjacentEvent(1);
    expect(store().selectedEventId).toBe('bound');
    store().selectAdjacentEvent(-1);
    expect(store().selectedEventId).toBe('late');
  });

  it('walks only the events the filter leaves', () => {
    loaded();
    store().setActorFilter(['ann']);
    store().selectAdjacentEvent(-1);
    expect(store().selectedEventId).toBe('late');
    store().selectAdjacentEvent(-1);
    expect(store().selectedEventId).toBe('middle');
  });

  it('ignores ids the dataset does not have', () => {
    loaded();
    store().selectEvent('nope');
    expect(store().selectedEventId).toBeNull();
  });

  it('drops a selection and filter from the URL that the loaded dataset does not have', () => {
    store().selectEvent('ghost');
    store().setActorFilter(['ann', 'nobody']);
    loaded();
    expect(store().selectedEventId).toBeNull();
    expect(store().selectedActorIds).toEqual(['ann']);
  });
});

describe('search', () => {
  const matches = (query: string, ids: string[]) => ({ query, ids: new Set(ids), terms: [query] });

  it('narrows the events to what the search found, once it answers for the words typed', () => {
    loaded();
    store().setSearchQuery('bureau');
    expect(visibleEvents(store().dataset!, [], store().searchMatches)).toHaveLength(4);
    store().searchFinished(matches('bureau', ['middle', 'late']));
    expect(visibleEvents(store().dataset!, [], store().searchMatches).map((e) => e.id)).toEqual([
      'middle',
      'late',
    ]);
  });

  it('ignores an answer to words no longer in the box, and clears at once without words', () => {
    loaded();
    store().setSearchQuery('bur');
    store().setSearchQuery('bureau');
    store().searchFinished(matches('bur', ['early']));
    expect(store().searchMatches).toBeNull();
    store().searchFinished(matches('bureau', ['late']));
    expect(store().searchMatches?.ids).toEqual(new Set(['late']));
    store().setSearchQuery('');
    expect(store().searchMatches).toBeNull();
  });

  it('forgets the matches of the dataset before when another one loads', () => {
    loaded();
    store().setSearchQuery('bureau');
    store().searchFinished(matches('bureau', ['late']));
    loaded();
    expect(store().searchMatches).toBeNull();
    expect(store().searchQuery).toBe('bureau');
  });
});

describe('undated events', () => {
  const withUndated = () =>
    store().datasetLoaded(undatedDatasetFixture(), {
      url: '/data.json',
      from: 'address',
      format: 'newsline',
      skipped: [],
      notes: [],
    });

  it('are shown after the dated ones, filtered by actor and counted like any event', () => {
    const dataset = undatedDatasetFixture();
    expect(visibleEvents(dataset, []).map((e) => e.id)).toEqual([
      'early',
      'middle',
      'late',
      'bound',
      'ann-visits-the-clinic',
      'bureau-closes-its-office',
    ]);
    expect(visibleEvents(dataset, ['ann']).map((e) => e.id)).toEqual([
      'middle',
      'late',
      'ann-visits-the-clinic',
    ]);
    expect(visibleEvents(dataset, ['land']).map((e) => e.id)).toEqual(['early']);
    expect(actorsWithCounts(dataset).map(({ actor, eventCount }) => [actor.id, eventCount])).toEqual([
      ['ann', 3],
      ['bureau', 3],
      ['land', 1],
    ]);
  });

  it('are found by the search like any event', () => {
    const dataset = undatedDatasetFixture();
    const found = searchEvents(searchCorpus(dataset), 'clinic');
    expect(found && [...found.ids]).toEqual(['ann-visits-the-clinic']);
    expect(visibleEvents(dataset, [], found && { ...found, query: 'clinic' }).map((e) => e.id)).toEqual([
      'ann-visits-the-clinic',
    ]);
  });

  it('are walked after the last dated event, and back', () => {
    withUndated();
    store().selectEvent('bound');
    store().selectAdjacentEvent(1);
    expect(store().selectedEventId).toBe('ann-visits-the-clinic');
    store().selectAdjacentEvent(1);
    store().selectAdjacentEvent(1);
    expect(store().selectedEventId).toBe('bureau-closes-its-office');
    store().selectAdjacentEvent(-1);
    store().selectAdjacentEvent(-1);
    expect(store().selectedEventId).toBe('bound');
  });
});

describe('shown summary', () => {
  it('counts the events shown and names what narrows them: actors and the search together', () => {
    loaded();
    const summary = () => shownSummary(store().dataset!, store().selectedActorIds, store().searchMatches);
    expect(summary()).toEqual({ shown: 4, total: 4, actorNames: [], search: null });
    store().setSearchQuery('bureau');
    store().searchFinished({ query: 'bureau', ids: new Set(['middle', 'late', 'bound']), terms: [] });
    expect(summary()).toEqual({ shown: 3, total: 4, actorNames: [], search: 'bureau' });
    store().setActorFilter(['ann']);
    expect(summary()).toEqual({ shown: 2, total: 4, actorNames: ['Ann'], search: 'bureau' });
  });
});

describe('what the link asked for and this timeline lacks', () => {
  const years = (from: number, to: number) => ({ start: Date.UTC(from, 0, 1), end: Date.UTC(to + 1, 0, 1) });

  it('ignores a window with no event in it, with a notice naming it, so that everything is fitted', () => {
    store().requestLinkWindow(years(1990, 1995), 'start=1990 and end=1995');
    loaded();
    expect(store().requestedWindow).toBeNull();
    expect(store().notices).toEqual([
      'Ignored start=1990 and end=1995: no event falls between them, so the timeline shows all events.',
    ]);
  });

  it('keeps a window that shows events', () => {
    store().requestLinkWindow(years(2021, 2022), 'start=2021 and end=2022');
    loaded();
    expect(store().requestedWindow).toEqual(years(2021, 2022));
    expect(store().notices).toEqual([]);
  });

  it('names the event and actors it does not have', () => {
    store().selectEvent('ghost');
    store().setActorFilter(['ann', 'nobody', 'noone']);
    loaded();
    expect(store().notices).toEqual([
      'Ignored event=ghost: this timeline has no such event.',
      'Ignored actors=nobody,noone: this timeline has no such actors.',
    ]);
    store().dismissAllNotices();
    expect(store().notices).toEqual([]);
  });
});

describe('the workers of loads', () => {
  const info = {
    url: '/data.json',
    from: 'address' as const,
    format: 'newsline' as const,
    skipped: [],
    notes: [],
  };
  const worker = () => {
    const handle = {
      disposed: 0,
      search: () => Promise.resolve(null),
      dispose: () => void handle.disposed++,
    };
    return handle;
  };

  it('stops the load under way when a newer one starts', () => {
    const older = worker();
    const newer = worker();
    store().loadStarted('/a.json', 'address', older);
    store().loadStarted('/b.json', 'address', newer);
    expect([older.disposed, newer.disposed]).toEqual([1, 0]);
    expect(store().pendingLoad).toBe(newer);
  });

  it('keeps the load under way when it is said to start again (the app taking over the link’s load)', () => {
    const early = worker();
    store().loadStarted('/a.json', 'address', early);
    store().loadStarted('/a.json', 'address', early);
    expect(early.disposed).toBe(0);
    expect(store().pendingLoad).toBe(early);
  });

  it("keeps the loaded dataset's worker for search, and stops it when another dataset replaces it", () => {
    const first = worker();
    store().loadStarted('/a.json', 'address', first);
    store().datasetLoaded(datasetFixture(), info, first);
    expect(first.disposed).toBe(0);
    expect(store().datasetSearcher).toBe(first);
    expect(store().pendingLoad).toBeNull();
    const second = worker();
    store().loadStarted('/b.json', 'address', second);
    store().datasetLoaded(datasetFixture(), info, second);
    expect([first.disposed, second.disposed]).toEqual([1, 0]);
    expect(store().datasetSearcher).toBe(second);
  });

  it("stops a failed load's worker and keeps the searcher of the dataset on show", () => {
    const shown = worker();
    store().datasetLoaded(datasetFixture(), info, shown);
    const failing = worker();
    store().loadStarted('/bad.json', 'address', failing);
    store().loadFailed('/bad.json', 'Not JSON', []);
    expect([shown.disposed, failing.disposed]).toEqual([0, 1]);
    expect(store().datasetSearcher).toBe(shown);
  });
});

describe('story mode', () => {
  it('keeps the mode, and tells a selection the app corrected from one the reader made', () => {
    loaded();
    expect(store().appMode).toBe('timeline');
    store().setAppMode('story');
    expect(store().appMode).toBe('story');
    store().selectEvent('early');
    expect(store().selectionCorrected).toBe(false);
    store().correctSelection('middle');
    expect(store()).toMatchObject({ selectedEventId: 'middle', selectionCorrected: true });
    store().selectAdjacentEvent(1);
    expect(store()).toMatchObject({ selectedEventId: 'late', selectionCorrected: false });
    store().correctSelection('no-such-event');
    expect(store().selectedEventId).toBe('late');
  });
});

describe('a large dataset shown as it arrives', () => {
  const info = {
    url: '/large.json',
    from: 'address' as const,
    format: 'newsline' as const,
    skipped: [],
    notes: [],
  };
  const arrival = {};
  const fixture = datasetFixture();
  const soFar = { ...fixture, events: fixture.events.slice(0, 1) };

  it('shows the events so far, counted as so far, then the whole dataset in their place', () => {
    store().datasetArriving(soFar, { ...info, arrival });
    expect(store().dataset).toBe(soFar);
    expect(store().datasetInfo).toMatchObject({ arriving: true, arrival });
    store().datasetLoaded(fixture, { ...info, arrival });
    expect(store().dataset).toBe(fixture);
    expect(store().datasetInfo?.arriving).toBeUndefined();
  });

  it('never puts part of a dataset in the place of a whole one on show', () => {
    loaded();
    const shown = store().dataset;
    store().datasetArriving(soFar, { ...info, arrival });
    expect(store().dataset).toBe(shown);
    expect(store().datasetInfo?.arriving).toBeUndefined();
  });

  it('still names what the link asked for and the whole dataset lacks, once it is whole', () => {
    store().selectEvent('ghost');
    store().datasetArriving(soFar, { ...info, arrival });
    expect(store().notices).toEqual([]);
    store().datasetLoaded(fixture, { ...info, arrival });
    expect(store().notices).toEqual(['Ignored event=ghost: this timeline has no such event.']);
  });

  it('keeps a linked event not arrived yet, and an action on the whole waits for it', async () => {
    store().datasetArriving(soFar, { ...info, arrival });
    const late = fixture.events.at(-1)!.id;
    store().selectEvent(late);
    expect(store().selectedEventId).toBe(late);
    let whole = false;
    void whenWholeDataset().then(() => (whole = true));
    await Promise.resolve();
    expect(whole).toBe(false);
    store().datasetLoaded(fixture, { ...info, arrival });
    await Promise.resolve();
    expect(whole).toBe(true);
    expect(store().selectedEventId).toBe(late);
  });

  it('drops the parts shown when another load starts, which shows its own', () => {
    store().datasetArriving(soFar, { ...info, arrival });
    store().loadStarted('/other.json', 'file', { dispose: () => {} });
    expect(store().dataset).toBeNull();
    expect(store().load).toMatchObject({ status: 'loading', url: '/other.json' });
  });

  it('takes away what had arrived of a dataset that then fails', () => {
    store().datasetArriving(soFar, { ...info, arrival });
    store().loadFailed('/large.json', 'The file is cut short.', []);
    expect(store().dataset).toBeNull();
    expect(store().load).toMatchObject({ status: 'failed' });
  });
});
