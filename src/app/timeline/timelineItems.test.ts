import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../model/i18n/messages/en';
import { loadMessages, setLocale } from '../model/i18n/intl';
import { toClusterItem } from './timelineItems';

const DAY = 86_400_000;
const cluster = (count: number, ongoing = false) =>
  toClusterItem({
    kind: 'cluster',
    id: '~c',
    start: Date.UTC(2021, 0, 1),
    end: Date.UTC(2021, 0, 1) + 400 * DAY,
    first: Date.UTC(2021, 0, 1),
    last: Date.UTC(2021, 11, 1),
    count,
    ongoing,
  });

describe("a cluster's words", () => {
  afterEach(() => setLocale({ language: 'en', formatLocale: 'en-GB' }, en));

  it('counts its events in English', () => {
    expect(cluster(20_680).label).toBe('20,680 events');
    expect(cluster(1).label).toBe('1 event');
    expect(cluster(12, true).label).toBe('12 longer events under way');
    expect(cluster(12, true).dateLabel).toBe('begun 2021');
  });

  it('counts them in French, the number as French writes it', async () => {
    setLocale({ language: 'fr', formatLocale: 'fr-FR' }, await loadMessages('fr'));
    expect(cluster(20_680).label).toBe('20\u202f680 événements');
    expect(cluster(1).label).toBe('1 événement');
    expect(cluster(2, true).label).toBe('2 événements longs en cours');
  });

  it('counts them in Arabic with each plural form, the figure first', async () => {
    setLocale({ language: 'ar', formatLocale: 'ar' }, await loadMessages('ar'));
    const figure = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect(cluster(2).label).toBe(`${figure(2)} حدثان`);
    expect(cluster(5).label).toBe(`${figure(5)} أحداث`);
    expect(cluster(11).label).toBe(`${figure(11)} حدثًا`);
    expect(cluster(100).label).toBe(`${figure(100)} حدث`);
  });
});
