// Which language the interface speaks, chosen once when the page opens: the link's `lang` if we
// ship it, else the first of the reader's languages we ship, else English. Dates and numbers are
// written in the same language, in the reader's own region where they have one (fr-CA, en-US).

/** The languages the interface is shipped in; English is complete by definition (the source). */
export const LANGUAGES = ['en', 'fr', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language by its own name, as a language menu shows it: never translated. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  ar: 'العربية',
};

/** Where a language has no region of the reader's, the one its dates are written for. */
const DEFAULT_FORMAT_LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', ar: 'ar' };

const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(['ar']);

/** A link's `lang` is untrusted text: longer than any real tag is not one. */
const MAX_TAG_LENGTH = 35;

export interface LocaleChoice {
  language: Language;
  /** The BCP 47 tag dates and numbers are formatted in: always of `language`. */
  formatLocale: string;
  /** The link's `lang` when it was ignored (not a tag, or a language we do not ship). */
  ignoredTag: string | null;
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function textDirection(language: Language): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/** `fr-CA` → `fr-CA`; anything that is not a well-formed tag → null. */
function canonicalTag(tag: string): string | null {
  if (tag.length === 0 || tag.length > MAX_TAG_LENGTH) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

function languageOf(tag: string): Language | null {
  const primary = tag.split('-')[0]!.toLowerCase();
  return isLanguage(primary) ? primary : null;
}

const REMEMBERED = 'newsline.language';

/** The language this reader chose in the menu before, ahead of the browser's; none if storage is shut. */
export function rememberedLanguage(): string | null {
  try {
    const stored = window.localStorage.getItem(REMEMBERED);
    return stored !== null && isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(REMEMBERED, language);
  } catch {
    // Private windows may refuse storage: the link still carries the choice.
  }
}

/** The link's `lang` (or null), then the browser's preferred languages, in order. */
export function chooseLocale(linkTag: string | null, preferred: readonly string[]): LocaleChoice {
  const asked = linkTag === null ? null : canonicalTag(linkTag.trim());
  const askedLanguage = asked === null ? null : languageOf(asked);
  const ignoredTag = linkTag !== null && askedLanguage === null ? linkTag : null;
  const readerTags = preferred.map(canonicalTag).filter((tag): tag is string => tag !== null);
  const language =
    askedLanguage ?? readerTags.map(languageOf).find((lang): lang is Language => lang !== null) ?? 'en';
  // A region the link names wins, then the reader's own for that language (an en-US reader reading
  // English writes "Mar 28, 2025"); a bare tag ("fr") takes the language's usual one.
  const regional = (tag: string | null) => tag !== null && tag.includes('-') && languageOf(tag) === language;
  const formatLocale =
    (regional(asked) ? asked : null) ?? readerTags.find(regional) ?? DEFAULT_FORMAT_LOCALE[language];
  return { language, formatLocale, ignoredTag };
}
