import { describe, expect, it } from 'vitest';
import { narrowingWords, shownCountWords, type ShownSummary } from './shownWords';

const summary = (overrides: Partial<ShownSummary>): ShownSummary => ({
  shown: 12,
  total: 12,
  actorNames: [],
  search: null,
  ...overrides,
});

describe('shownCountWords', () => {
  it('says All only when nothing narrows the events', () => {
    expect(shownCountWords(summary({}))).toBe('All 12 events');
    expect(shownCountWords(summary({ shown: 3, search: 'spoils of war' }))).toBe('3 of 12 events');
    // A filter that happens to leave every event is still on.
    expect(shownCountWords(summary({ actorNames: ['Taliban'] }))).toBe('12 of 12 events');
    expect(shownCountWords(summary({ shown: 1, total: 1, search: 'x' }))).toBe('1 of 1 event');
    expect(shownCountWords(summary({ shown: 20_000, total: 20_000 }))).toBe('All 20,000 events');
  });
});

describe('narrowingWords', () => {
  it('names the actors picked and the search, or nothing', () => {
    expect(narrowingWords(summary({}))).toBeNull();
    expect(narrowingWords(summary({ search: ' war ' }))).toBe('the search “war”');
    expect(narrowingWords(summary({ actorNames: ['China'] }))).toBe('the actor China');
    expect(narrowingWords(summary({ actorNames: ['China', 'Pakistan'], search: 'credentials' }))).toBe(
      'the actors China and Pakistan and the search “credentials”',
    );
  });

  it('counts the actors after the third rather than list them all', () => {
    expect(narrowingWords(summary({ actorNames: ['A', 'B', 'C', 'D', 'E'] }))).toBe(
      'the actors A, B, C and 2 more',
    );
  });
});
