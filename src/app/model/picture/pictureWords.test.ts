import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../i18n/messages/en';
import { loadMessages, setLocale } from '../i18n/intl';
import type { Source, TimelineEvent } from '../../../schema/dataset';
import { datasetFixture } from '../../../testing/datasetFixture';
import {
  CREDITED_PUBLISHERS,
  creditedPublishers,
  creditsLine,
  exportDateWords,
  exportedOnWords,
  pictureFileName,
} from './pictureWords';

const source = (id: string, publisher: string | null): Source => ({
  id,
  publisher,
  title: null,
  url: null,
  published: null,
});

const citing = (id: string, ...sourceIds: string[]): TimelineEvent => {
  const base = datasetFixture().events[0];
  if (!base) throw new Error('the fixture has events');
  return { ...base, id, sources: sourceIds.map((sourceId) => ({ sourceId, excerpt: 'x' })) };
};

describe('the date of export', () => {
  it('is the reader’s calendar day, as the timeline writes dates', () => {
    expect(exportDateWords(new Date(2026, 11, 3, 23, 59))).toBe('3 Dec 2026');
    expect(exportDateWords(new Date(2025, 0, 31, 0, 0))).toBe('31 Jan 2025');
    expect(exportedOnWords(new Date(2026, 4, 9))).toBe('Exported from Newsline on 9 May 2026');
  });
});

describe('the file name', () => {
  it('is the title as a slug, the day and the kind of picture', () => {
    const day = new Date(2026, 2, 5, 12);
    expect(pictureFileName('Afghanistan: aid & the Taliban', day, 'png')).toBe(
      'afghanistan-aid-the-taliban-2026-03-05.png',
    );
    expect(pictureFileName('', day, 'svg')).toBe('timeline-2026-03-05.svg');
    expect(pictureFileName('<script>../../x</script>', day, 'svg')).toMatch(/^[a-z0-9-]+\.svg$/);
  });
});

describe('the credits', () => {
  const sources = new Map(
    [
      source('a', 'Reuters'),
      source('b', 'Khaama Press'),
      source('c', null),
      source('d', 'Reuters'),
      source('e', '  '),
    ].map((s) => [s.id, s]),
  );

  it('name each publisher once, most cited first, and nobody for a source without one', () => {
    const events = [citing('1', 'a', 'd', 'c'), citing('2', 'b', 'a'), citing('3', 'e', 'missing')];
    expect(creditedPublishers(events, sources)).toEqual(['Reuters', 'Khaama Press']);
    expect(creditedPublishers([], sources)).toEqual([]);
  });

  it('read as a sentence, shortened past a footer’s worth', () => {
    expect(creditsLine(['Reuters'])).toBe('Sources: Reuters');
    expect(creditsLine(['Reuters', 'AP', 'Khaama Press'])).toBe('Sources: Reuters, AP and Khaama Press');
    expect(creditsLine([])).toBe('Sources: no publisher named by the events shown');
    const many = Array.from({ length: CREDITED_PUBLISHERS + 3 }, (_, i) => `P${i}`);
    const line = creditsLine(many);
    expect(line).toMatch(/^Sources: P0, P1, .* and 3 more$/);
    expect(line).not.toContain(`P${CREDITED_PUBLISHERS}`);
  });
});

describe('the words of a picture in another language', () => {
  afterEach(() => setLocale({ language: 'en', formatLocale: 'en-GB' }, en));
  const publishers = (count: number) => Array.from({ length: count }, (_, i) => `P${i}`);

  it('are French, with French lists, plurals and dates', async () => {
    setLocale({ language: 'fr', formatLocale: 'fr-FR' }, await loadMessages('fr'));
    expect(creditsLine(['Reuters', 'AP', 'Khaama Press'])).toBe('Sources : Reuters, AP et Khaama Press');
    expect(creditsLine(publishers(CREDITED_PUBLISHERS + 1))).toMatch(/^Sources : P0, .*P11 et 1 autre$/);
    expect(creditsLine(publishers(CREDITED_PUBLISHERS + 3))).toMatch(/ et 3 autres$/);
    expect(creditsLine([])).toBe('Sources : aucun éditeur nommé par les événements affichés');
    expect(exportedOnWords(new Date(2026, 11, 3))).toBe('Exporté depuis Newsline le 3 déc. 2026');
    expect(pictureFileName('', new Date(2026, 2, 5, 12), 'png')).toBe('frise-2026-03-05.png');
  });

  it('are Arabic, with the plural form each count takes', async () => {
    setLocale({ language: 'ar', formatLocale: 'ar' }, await loadMessages('ar'));
    expect(creditsLine(['Reuters', 'AP'])).toBe('المصادر: Reuters وAP');
    const more = (extra: number) => creditsLine(publishers(CREDITED_PUBLISHERS + extra));
    expect(more(1)).toMatch(/وناشر آخر$/);
    expect(more(2)).toMatch(/وناشران آخران$/);
    expect(more(3)).toMatch(/و(3|٣) ناشرين آخرين$/);
    expect(more(11)).toMatch(/و(11|١١) ناشرًا آخر$/);
    expect(exportedOnWords(new Date(2026, 11, 3))).toMatch(/^صُدِّر من Newsline في .*ديسمبر/);
  });
});
