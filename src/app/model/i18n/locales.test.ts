import { describe, expect, it } from 'vitest';
import { chooseLocale, textDirection } from './locales';

describe('chooseLocale', () => {
  it("takes the link's language, in the link's region or else the reader's", () => {
    expect(chooseLocale('fr', ['en-US'])).toEqual({
      language: 'fr',
      formatLocale: 'fr-FR',
      ignoredTag: null,
    });
    expect(chooseLocale('fr-CA', ['en-US'])).toMatchObject({ language: 'fr', formatLocale: 'fr-CA' });
    expect(chooseLocale('fr', ['en-US', 'fr-BE'])).toMatchObject({ language: 'fr', formatLocale: 'fr-BE' });
    expect(chooseLocale('AR', [])).toMatchObject({ language: 'ar', formatLocale: 'ar' });
  });

  it("follows the reader's first shipped language without a link's", () => {
    expect(chooseLocale(null, ['de-DE', 'ar-EG', 'en'])).toMatchObject({
      language: 'ar',
      formatLocale: 'ar-EG',
    });
    expect(chooseLocale(null, ['en-US'])).toMatchObject({ language: 'en', formatLocale: 'en-US' });
    expect(chooseLocale(null, ['de-DE'])).toEqual({
      language: 'en',
      formatLocale: 'en-GB',
      ignoredTag: null,
    });
    expect(chooseLocale(null, [])).toMatchObject({ language: 'en', formatLocale: 'en-GB' });
  });

  it('ignores, and names, a link language that is not a tag or not shipped', () => {
    expect(chooseLocale('de', ['fr'])).toEqual({ language: 'fr', formatLocale: 'fr-FR', ignoredTag: 'de' });
    expect(chooseLocale('<script>', ['en-US'])).toMatchObject({ language: 'en', ignoredTag: '<script>' });
    expect(chooseLocale('x'.repeat(100), [])).toMatchObject({ language: 'en', ignoredTag: 'x'.repeat(100) });
    expect(chooseLocale('', [])).toMatchObject({ language: 'en', ignoredTag: '' });
  });

  it('never writes dates in a region of another language', () => {
    expect(chooseLocale('en', ['fr-FR'])).toMatchObject({ formatLocale: 'en-GB' });
    expect(chooseLocale('ar', ['fr-MA', 'en'])).toMatchObject({ formatLocale: 'ar' });
  });

  it('reads Arabic right to left, the others left to right', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('fr')).toBe('ltr');
    expect(textDirection('en')).toBe('ltr');
  });
});
