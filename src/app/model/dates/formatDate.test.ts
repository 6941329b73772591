import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../i18n/messages/en';
import { loadMessages, setLocale } from '../i18n/intl';
import { formatEventDate, formatInstantRange, formatPartialDate, isUncertainDate } from './formatDate';

describe('event dates in another language', () => {
  afterEach(() => setLocale({ language: 'en', formatLocale: 'en-GB' }, en));

  it('writes the date and the words around it in the interface language, never a mix', async () => {
    setLocale({ language: 'fr', formatLocale: 'fr-FR' }, await loadMessages('fr'));
    expect(formatEventDate({ basis: 'bounded', before: '2025-03-30', phrase: null })).toBe(
      'avant 30 mars 2025',
    );
    expect(formatEventDate({ basis: 'bounded', phrase: null })).toBe('Non daté');
    expect(
      formatEventDate({ basis: 'stated', start: '2001', end: '2021', approximate: true, phrase: 'x' }),
    ).toBe('vers 2001 – 2021');
  });
});

describe('formatPartialDate', () => {
  it('writes each date to its real precision, never a made-up day', () => {
    expect(formatPartialDate('2021')).toBe('2021');
    expect(formatPartialDate('2025-03')).toBe('Mar 2025');
    expect(formatPartialDate('2025-03-28')).toBe('28 Mar 2025');
  });

  it("follows the reader's locale", () => {
    expect(formatPartialDate('2025-03-28', 'en-US')).toBe('Mar 28, 2025');
    expect(formatPartialDate('2025-03', 'de-DE')).toBe('März 2025');
  });
});

describe('formatEventDate', () => {
  it('formats points, approximate spans and bounds', () => {
    expect(formatEventDate({ basis: 'stated', start: '2021', approximate: false, phrase: 'in 2021' })).toBe(
      '2021',
    );
    expect(
      formatEventDate({
        basis: 'stated',
        start: '2001',
        end: '2021',
        approximate: true,
        phrase: 'nearly two decades',
      }),
    ).toBe('c. 2001 – 2021');
    expect(
      formatEventDate({
        basis: 'relative',
        start: '2024',
        approximate: false,
        phrase: 'last year',
        relativeTo: 's',
      }),
    ).toBe('2024');
    expect(formatEventDate({ basis: 'bounded', before: '2025-03-28', phrase: null })).toBe(
      'before 28 Mar 2025',
    );
    expect(formatEventDate({ basis: 'bounded', after: '2021', phrase: null })).toBe('after 2021');
    expect(formatEventDate({ basis: 'bounded', after: '2021', before: '2025-03', phrase: null })).toBe(
      'between 2021 and Mar 2025',
    );
  });

  it('says Undated for an event with no date and no bound, never "after undefined"', () => {
    expect(formatEventDate({ basis: 'bounded', phrase: null })).toBe('Undated');
    expect(formatEventDate({ basis: 'bounded', phrase: 'one evening', reason: 'no dateline' })).toBe(
      'Undated',
    );
    // Undated says it all: no "uncertain date" badge beside it.
    expect(isUncertainDate({ basis: 'bounded', phrase: null })).toBe(false);
  });

  it('marks bounded and approximate dates as uncertain', () => {
    expect(isUncertainDate({ basis: 'bounded', after: '2021', phrase: null })).toBe(true);
    expect(isUncertainDate({ basis: 'stated', start: '2001', approximate: true, phrase: 'x' })).toBe(true);
    expect(isUncertainDate({ basis: 'stated', start: '2021', approximate: false, phrase: 'x' })).toBe(false);
  });
});

describe('formatInstantRange', () => {
  it('writes a span as briefly as the locale does, and one date when both read the same', () => {
    const at = (iso: string) => Date.parse(iso);
    // ICU puts thin spaces around the dash.
    expect(formatInstantRange(at('2001-07-03'), at('2001-08-20'), 'month', 'en-GB')).toMatch(
      /^Jul\s–\sAug 2001$/,
    );
    expect(formatInstantRange(at('1998-02-01'), at('2003-05-01'), 'year', 'en-GB')).toMatch(
      /^1998\s–\s2003$/,
    );
    expect(formatInstantRange(at('2001-07-03'), at('2001-07-20'), 'month', 'en-GB')).toBe('Jul 2001');
  });

  it('words the same range again the same, and in each locale its own way', () => {
    const [first, last] = [Date.parse('2001-07-03'), Date.parse('2001-08-20')];
    const english = formatInstantRange(first, last, 'month', 'en-GB');
    expect(formatInstantRange(first, last, 'month', 'en-GB')).toBe(english);
    expect(formatInstantRange(first, last, 'month', 'fr-FR')).toMatch(/juil/);
    expect(formatInstantRange(first, last, 'day', 'en-GB')).toMatch(/^3 Jul\s–\s20 Aug 2001$/);
  });
});
