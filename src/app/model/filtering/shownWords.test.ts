import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../i18n/messages/en';
import { loadMessages, setLocale } from '../i18n/intl';
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

describe('the shown events in another language', () => {
  afterEach(() => setLocale({ language: 'en', formatLocale: 'en-GB' }, en));

  it('counts and names in French, with its plurals and lists', async () => {
    setLocale({ language: 'fr', formatLocale: 'fr-FR' }, await loadMessages('fr'));
    expect(shownCountWords(summary({ shown: 20_000, total: 20_000 }))).toBe(
      'Tous les 20\u202f000 événements',
    );
    expect(shownCountWords(summary({ shown: 1, total: 1, search: 'x' }))).toBe('1 sur 1 événement');
    expect(narrowingWords(summary({ actorNames: ['Chine'] }))).toBe('l’acteur Chine');
    expect(narrowingWords(summary({ actorNames: ['A', 'B', 'C', 'D'], search: 'guerre' }))).toBe(
      'les acteurs A, B, C et 1 autre et la recherche « guerre »',
    );
  });

  it('counts in Arabic with each plural form, and lists with its own conjunction', async () => {
    setLocale({ language: 'ar', formatLocale: 'ar' }, await loadMessages('ar'));
    expect(shownCountWords(summary({ shown: 2, total: 2 }))).toBe('الحدثان كلاهما');
    expect(shownCountWords(summary({ shown: 3, total: 12, search: 'x' }))).toBe('3 من 12 حدثًا');
    expect(shownCountWords(summary({ shown: 3, total: 5, search: 'x' }))).toBe('3 من 5 أحداث');
    expect(narrowingWords(summary({ actorNames: ['الصين', 'باكستان'] }))).toBe(
      'الجهتان الفاعلتان الصين وباكستان',
    );
  });
});
