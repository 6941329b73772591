// Finds interface words left in English on a page that speaks another language: every text a
// reader sees or a screen reader reads (text, labels, titles, alt text, the page title), minus the
// dataset's own words (titles, summaries, quotes, names: they are in the language they were
// written in), must hold no English word of the interface's vocabulary.
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/schema/dataset';
import { en } from '../src/app/model/i18n/messages/en';
import { fr } from '../src/app/model/i18n/messages/fr';
import { ar } from '../src/app/model/i18n/messages/ar';

export const CATALOGS = { en, fr, ar } as const;
export type ShippedLanguage = keyof typeof CATALOGS;

/** Names that stay as they are in every language. */
const NEUTRAL = new Set([
  'newsline',
  'png',
  'svg',
  'pdf',
  'csv',
  'json',
  'timelinejs',
  'url',
  'https',
  'http',
  'zip',
]);

/** English any hard-coded sentence would use, whether or not the catalog has it. */
const ENGLISH_WORDS =
  'the and for with this that from has have was were not are you your can will all more show shows open opens close ' +
  'event events actor actors date dates undated search filter next previous first last none other people ' +
  'january february march april may june july august september october november december ' +
  'jan feb mar apr jun jul aug sep oct nov dec monday tuesday wednesday thursday friday saturday sunday';

function wordsOf(text: string): string[] {
  return (
    text
      .replace(/\{[^{}]*\}/g, ' ')
      .toLowerCase()
      .match(/\p{L}{3,}/gu) ?? []
  ).filter((word) => !NEUTRAL.has(word));
}

/** Words of the English interface that the other language never uses itself. */
export function englishVocabulary(language: Exclude<ShippedLanguage, 'en'>): Set<string> {
  const theirs = new Set(Object.values(CATALOGS[language]).flatMap(wordsOf));
  const ours = [...Object.values(en).flatMap(wordsOf), ...ENGLISH_WORDS.split(' ')];
  return new Set(ours.filter((word) => !theirs.has(word)));
}

/** Every string of the dataset, longest first, to take out of what the page shows. */
export function contentStrings(dataset: Dataset): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.trim().length >= 2) found.add(value.replace(/\s+/g, ' ').trim());
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(dataset);
  return [...found].sort((a, b) => b.length - a.length);
}

export interface ShownText {
  text: string;
  /** Where: the element's tag and class, and the attribute if the text is one. */
  where: string;
}

/** Every text of the page a reader or a screen reader meets (not what display:none hides). */
export function shownTexts(page: Page): Promise<ShownText[]> {
  return page.evaluate(() => {
    const found: { text: string; where: string }[] = [{ text: document.title, where: 'title' }];
    const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).join('.') : ''}`;
    const shown = (element: Element) => element.checkVisibility({ contentVisibilityAuto: true });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (!parent || text === '' || skip.has(parent.tagName) || parent.closest('[hidden]')) continue;
      // Commands, parameters and file names shown as code are typed as they are, in any language.
      if (parent.closest('code, kbd, samp')) continue;
      if (!shown(parent) && !parent.closest('.visually-hidden, .sr-only')) continue;
      found.push({ text, where: describe(parent) });
    }
    const attributes = [
      'aria-label',
      'title',
      'placeholder',
      'alt',
      'aria-description',
      'aria-roledescription',
      'aria-valuetext',
    ];
    for (const element of document.body.querySelectorAll('*')) {
      for (const name of attributes) {
        const value = element.getAttribute(name);
        if (value && value.trim() !== '' && (shown(element) || element.closest('[role=region], dialog'))) {
          found.push({ text: value.replace(/\s+/g, ' ').trim(), where: `${describe(element)}[${name}]` });
        }
      }
    }
    return found;
  });
}

/** The texts that still hold an English interface word once the dataset's own words are taken out. */
export async function englishLeftOn(
  page: Page,
  language: Exclude<ShippedLanguage, 'en'>,
  dataset: Dataset,
  /** A link's parameter names and values a notice quotes: typed as they are in every language. */
  linkWords: readonly string[] = [],
): Promise<string[]> {
  const vocabulary = englishVocabulary(language);
  for (const word of linkWords) vocabulary.delete(word);
  const content = contentStrings(dataset);
  const leaks = new Set<string>();
  // A search's <mark> splits a title into several texts, each a piece of the dataset's words.
  const blob = content.join('\n');
  for (const { text, where } of await shownTexts(page)) {
    if (blob.includes(text)) continue;
    // A file's name (made from the dataset's title) is a name, not words to translate.
    let rest = text.replace(/[\w.-]+\.(json|csv|png|svg|zip|txt|yaml)\b/g, ' ');
    for (const piece of content) if (rest.includes(piece)) rest = rest.split(piece).join(' ');
    const english = wordsOf(rest).filter((word) => vocabulary.has(word));
    if (english.length > 0) leaks.add(`${where}: “${text}” (${[...new Set(english)].join(', ')})`);
  }
  return [...leaks];
}
