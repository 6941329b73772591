import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../i18n/messages/en';
import { loadMessages, setLocale } from '../i18n/intl';
import { allowedWords, ignoredNotice, parameterWords, partialDateProblem, twoParameters } from './linkNotice';

describe('url notices', () => {
  it('name the parameter and value as the link has them, shortened when long', () => {
    expect(ignoredNotice(parameterWords('view', 'grid'), 'the view is timeline or list')).toBe(
      'Ignored view=grid: the view is timeline or list.',
    );
    expect(parameterWords('data', 'x'.repeat(100))).toBe(`data=${'x'.repeat(39)}…`);
  });

  it('list the allowed values', () => {
    expect(allowedWords(['light', 'dark'])).toBe('light or dark');
    expect(allowedWords(['1', 'true', '0', 'false'])).toBe('1, true, 0 or false');
    expect(allowedWords(['timeline'])).toBe('timeline');
  });

  it('say exactly what is wrong with a date', () => {
    expect(partialDateProblem('start', '2025-03-28')).toBeNull();
    expect(partialDateProblem('start', '2025-13')).toBe('start has no month 13');
    expect(partialDateProblem('end', '2025-00-10')).toBe('end has no month 00');
    expect(partialDateProblem('start', '2025-02-30')).toBe(
      'start has a day 30 that February 2025 does not have',
    );
    expect(partialDateProblem('start', '2024-02-29')).toBeNull();
    expect(partialDateProblem('end', 'yesterday')).toBe('end is not a date');
    expect(partialDateProblem('end', '25-03-2025')).toBe('end is not a date');
  });
});

describe('url notices in another language', () => {
  afterEach(() => setLocale({ language: 'en', formatLocale: 'en-GB' }, en));

  it('speak French, the parameters and values left as the link has them', async () => {
    setLocale({ language: 'fr', formatLocale: 'fr-FR' }, await loadMessages('fr'));
    expect(allowedWords(['1', 'true', '0', 'false'])).toBe('1, true, 0 ou false');
    expect(partialDateProblem('start', '2025-02-30')).toBe('start a un jour 30 que février 2025 n’a pas');
    expect(ignoredNotice(twoParameters('start=x', 'end=y'), partialDateProblem('start', 'x')!)).toBe(
      'Ignoré : start=x et end=y, car start n’est pas une date.',
    );
  });

  it('speak Arabic', async () => {
    setLocale({ language: 'ar', formatLocale: 'ar' }, await loadMessages('ar'));
    expect(allowedWords(['light', 'dark'])).toBe('light أو dark');
    expect(partialDateProblem('end', '2025-13')).toBe('لا يوجد في end شهر 13');
    expect(ignoredNotice(parameterWords('view', 'grid'), 'x')).toBe('تم تجاهل view=grid: x.');
  });
});
