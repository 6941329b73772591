// The interface's words, through one library (FormatJS: ICU messages, plural rules of each
// language). The language is chosen once, before the app's modules run (src/main.tsx), so every
// module reads the same one; the unit tests run in English.
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { IntlMessageFormat } from 'intl-messageformat';
import { en, type Messages } from './messages/en';
import { textDirection, type Language, type LocaleChoice } from './locales';

export type MessageId = keyof Messages;
/** What a worker is told of the page's locale, so it words its messages the same. */
export type LocaleSetting = Pick<LocaleChoice, 'language' | 'formatLocale'>;
/** Values an ICU message may take: `{count, plural, …}`, `{name}`, `{date, date, medium}`. */
export type MessageValues = Record<string, string | number | Date>;

const cache = createIntlCache();

// Each message's first formatting asks the engine which locales it supports (about 0.2 ms a message,
// tens of ms over the first view's words). The answer for a locale does not change: keep it.
const resolveLocale = IntlMessageFormat.resolveLocale;
const resolvedLocales = new Map<string, ReturnType<typeof resolveLocale>>();
IntlMessageFormat.resolveLocale = (locales) => {
  const key = typeof locales === 'string' ? locales : locales.join(',');
  if (!resolvedLocales.has(key)) resolvedLocales.set(key, resolveLocale(locales));
  return resolvedLocales.get(key);
};

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
let speaking: IntlShape<string> | null = null;
/** English until a language is chosen; built when first used (a page or worker speaks another first). */
const current = (): IntlShape<string> => (speaking ??= build('en', 'en-GB', en));

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
export function setLocale(choice: LocaleSetting, messages: Messages): void {
  currentLanguage = choice.language;
  speaking = build(choice.language, choice.formatLocale, messages);
}

/** Loads a language's words and speaks it: the page at start, each worker from what the page sends. */
export async function speak(locale: LocaleSetting): Promise<void> {
  setLocale(locale, await loadMessages(locale.language));
}

/** The locale this page (or worker) speaks, to hand to a worker. */
export function currentLocale(): LocaleSetting {
  return { language: currentLanguage, formatLocale: current().locale };
}

/** Which way the interface reads: right to left in Arabic. */
export function interfaceDirection(): 'ltr' | 'rtl' {
  return textDirection(currentLanguage);
}

/** One message of the interface in the reader's language: `t('story.next')`, `t('count.events', { count })`. */
export function t(id: MessageId, values?: MessageValues): string {
  return current().formatMessage({ id }, values);
}

/** The language the interface speaks. */
export function interfaceLanguage(): Language {
  return currentLanguage;
}

/** The tag dates and numbers are written in (the interface's language, in the reader's region). */
export function formatLocale(): string {
  return current().locale;
}

/** "China, Pakistan and India" in the reader's language. */
export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return current().formatList(items, { type });
}

/** 100000 → "100,000" / "100 000" / "١٠٠٬٠٠٠". */
export function formatNumber(value: number): string {
  return current().formatNumber(value);
}
