import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../i18n/messages/en';
import { loadMessages, setLocale } from '../i18n/intl';
import type { Source } from '../../../schema/dataset';
import {
  DEFAULT_UNDATED_REASON,
  describeDateOrigin,
  describeDatePrecision,
  undatedReason,
} from './dateProvenance';

const sources = new Map<string, Source>([
  ['s', { id: 's', publisher: 'Desk', title: null, url: null, published: '2025-03-30' }],
]);

describe('date provenance', () => {
  it('says where a date came from', () => {
    expect(
      describeDateOrigin({ basis: 'stated', start: '2021', approximate: false, phrase: 'in 2021' }, sources),
    ).toBe('Stated in the text: \u201cin 2021\u201d');
    expect(
      describeDateOrigin(
        { basis: 'relative', start: '2024', approximate: false, phrase: 'last year', relativeTo: 's' },
        sources,
      ),
    ).toBe('\u201clast year\u201d in an article of 30 Mar 2025');
    expect(
      describeDateOrigin({ basis: 'bounded', before: '2025-03-28', phrase: 'during a rally' }, sources),
    ).toBe(
      'The text gives no date (\u201cduring a rally\u201d); it is known only to be before 28 Mar 2025. The timeline draws it ending at 28 Mar 2025, reaching back into the past.',
    );
  });

  it('says why an undated event has no date, and that it is not placed', () => {
    const undated = {
      basis: 'bounded',
      phrase: null,
      reason: 'the article gives no publication date',
    } as const;
    expect(describeDatePrecision(undated)).toBe('No date or bound known');
    expect(describeDateOrigin(undated, sources)).toBe(
      'The article gives no publication date. It is listed apart, under Undated, not placed on the timeline.',
    );
    expect(describeDateOrigin({ basis: 'bounded', phrase: 'one night' }, sources)).toBe(
      `${DEFAULT_UNDATED_REASON} The words \u201cone night\u201d give no date. It is listed apart, under Undated, not placed on the timeline.`,
    );
    expect(describeDateOrigin(undated, sources)).not.toMatch(/undefined|at that bound/);
  });

  it('writes the reason as a sentence, or the default one', () => {
    expect(undatedReason({ basis: 'bounded', phrase: null })).toBe(
      'Neither the text nor its article gives a date.',
    );
    expect(undatedReason({ basis: 'bounded', phrase: null, reason: 'no dateline on the wire copy' })).toBe(
      'No dateline on the wire copy.',
    );
    expect(undatedReason({ basis: 'bounded', phrase: null, reason: 'Undated press release!' })).toBe(
      'Undated press release!',
    );
  });

  it('names the precision, and says when there is none', () => {
    expect(
      describeDatePrecision({ basis: 'stated', start: '2025-03-28', approximate: false, phrase: 'x' }),
    ).toBe('Precise to the day');
    expect(
      describeDatePrecision({ basis: 'stated', start: '2001', end: '2021', approximate: true, phrase: 'x' }),
    ).toBe('Approximate, to the year');
    expect(describeDatePrecision({ basis: 'bounded', after: '2021', phrase: null })).toBe(
      'Date not given in the text',
    );
  });
});

describe('date provenance in another language', () => {
  afterEach(() => setLocale({ language: 'en', formatLocale: 'en-GB' }, en));

  it('says where a date came from in French, one sentence each, dates in French', async () => {
    setLocale({ language: 'fr', formatLocale: 'fr-FR' }, await loadMessages('fr'));
    expect(
      describeDatePrecision({ basis: 'stated', start: '2025-03', approximate: false, phrase: 'x' }),
    ).toBe('Précise au mois');
    expect(
      describeDateOrigin({ basis: 'bounded', after: '2021', before: '2025-03', phrase: null }, sources),
    ).toBe(
      'Le texte ne donne pas de date\u202f; on sait seulement qu’il se situe après 2021 et avant mars 2025. La chronologie le dessine s’achevant à mars 2025 et remontant jusqu’à 2021.',
    );
    expect(undatedReason({ basis: 'bounded', phrase: null })).toBe(
      'Ni le texte ni son article ne donnent de date.',
    );
  });

  it('says it in Arabic, with the bound the text gives', async () => {
    setLocale({ language: 'ar', formatLocale: 'ar' }, await loadMessages('ar'));
    expect(describeDateOrigin({ basis: 'bounded', after: '2021', phrase: 'لاحقًا' }, sources)).toMatch(
      /^لا يذكر النص تاريخًا \(«لاحقًا»\)؛ يُعرف فقط أنه بعد \S+\. يرسمه الخط الزمني ممتدًا من \S+ حتى وقت الإبلاغ عنه\.$/,
    );
  });
});
