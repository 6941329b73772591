// The interface's words, through one library (FormatJS: ICU messages, plural rules of each
// language). The language is chosen once, before the app's modules run (src/main.tsx), so every
// module reads the same one; the unit tests run in English.
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { en, type Messages } from './messages/en';
import type { Language, LocaleChoice } from './locales';

export type MessageId = keyof Messages;
/** Values an ICU message may take: `{count, plural, …}`, `{name}`, `{date, date, medium}`. */
export type MessageValues = Record<string, string | number | Date>;

const cache = createIntlCache();

function build(language: Language, formatLocale: string, messages: Messages): IntlShape<string> {
  return createIntl(
    {
      locale: formatLocale,
      defaultLocale: 'en',
      messages,
      // A missing or broken message is a bug the catalog test catches; at run time say so, once.
      onError: (error) => console.error(`[i18n ${language}]`, error.message),
    },
    cache,
  );
}

let currentLanguage: Language = 'en';
let current = build('en', 'en-GB', en);

/** The catalog of a shipped language; French and Arabic are fetched only by their readers. */
export async function loadMessages(language: Language): Promise<Messages> {
  switch (language) {
    case 'en':
      return en;
    case 'fr':
      return (await import('./messages/fr')).fr;
    case 'ar':
      return (await import('./messages/ar')).ar;
  }
}

/** Speaks `choice` from now on. Called once at start (and by tests). */
export function setLocale(choice: Pick<LocaleChoice, 'language' | 'formatLocale'>, messages: Messages): void {
  currentLanguage = choice.language;
  current = build(choice.language, choice.formatLocale, messages);
}

/** One message of the interface in the reader's language: `t('story.next')`, `t('count.events', { count })`. */
export function t(id: MessageId, values?: MessageValues): string {
  return current.formatMessage({ id }, values);
}

/** The language the interface speaks. */
export function interfaceLanguage(): Language {
  return currentLanguage;
}

/** The tag dates and numbers are written in (the interface's language, in the reader's region). */
export function formatLocale(): string {
  return current.locale;
}

/** "China, Pakistan and India" in the reader's language. */
export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return current.formatList(items, { type });
}

/** 100000 → "100,000" / "100 000" / "١٠٠٬٠٠٠". */
export function formatNumber(value: number): string {
  return current.formatNumber(value);
}
