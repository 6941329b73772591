import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../i18n/messages/en';
import { loadMessages, setLocale } from '../i18n/intl';
import { partialDateInterval } from '../../../schema/partialDate';
import { windowProblem } from './windowProblem';

const window = (start: string, end: string) => ({
  start: partialDateInterval(start).start,
  end: partialDateInterval(end).end,
});
const at = (date: string) => partialDateInterval(date).start;
const placed = [
  { id: 'withdrawal', start: at('2021-08-30') },
  { id: 'war', start: at('2001-10-07'), end: at('2021-08-31') },
  { id: 'refusal', start: at('2025-03-28') },
];

describe('windowProblem', () => {
  it('accepts a window that holds an event, or part of a span', () => {
    expect(windowProblem(window('2021', '2021'), placed)).toBeNull();
    expect(windowProblem(window('2010', '2012'), placed)).toBeNull(); // inside the war
    expect(windowProblem(window('1990', '2030'), placed)).toBeNull();
  });

  it('says why a window shows no event: none there, or too wide to be shown', () => {
    expect(windowProblem(window('1990', '1995'), placed)).toBe('no event falls between them');
    expect(windowProblem(window('2026', '2030'), placed)).toBe('no event falls between them');
    expect(windowProblem(window('0001', '9999'), placed)).toBe(
      'the timeline shows at most 120 years at once',
    );
  });

  it('has nothing to say when there is no dated event', () => {
    expect(windowProblem(window('1990', '1995'), [])).toBeNull();
  });
});

describe('windowProblem in another language', () => {
  afterEach(() => setLocale({ language: 'en', formatLocale: 'en-GB' }, en));

  it('gives its clause in French and Arabic, the number of years as each writes it', async () => {
    setLocale({ language: 'fr', formatLocale: 'fr-FR' }, await loadMessages('fr'));
    expect(windowProblem(window('0001', '9999'), placed)).toBe(
      'la chronologie affiche au plus 120 ans à la fois',
    );
    setLocale({ language: 'ar', formatLocale: 'ar' }, await loadMessages('ar'));
    expect(windowProblem(window('0001', '9999'), placed)).toBe(
      `لا يعرض الخط الزمني أكثر من ${new Intl.NumberFormat('ar').format(120)} سنة في آن واحد`,
    );
    expect(windowProblem(window('1990', '1995'), placed)).toBe('لا يقع أي حدث بينهما');
  });
});
