// Every shipped language says everything the English interface says: the same keys, each message
// well formed, with the same placeholders, and every plural form its language needs. A key added
// to English without its French and Arabic fails here (and in tsc).
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { en } from './messages/en';
import { loadMessages } from './intl';
import { LANGUAGES } from './locales';

/** Names a message can keep untranslated: the product, file formats, the tools it imports from. */
const NEUTRAL_WORDS = new Set([
  'Newsline',
  'PNG',
  'SVG',
  'PDF',
  'CSV',
  'JSON',
  'TimelineJS',
  'URL',
  'https',
  'http',
  'iframe',
  'ZIP',
  'Story',
]);

interface Shape {
  arguments: Set<string>;
  /** For each plural argument, the categories it gives (besides exact `=n` cases). */
  plurals: Map<string, Set<string>>;
}

function shapeOf(
  elements: MessageFormatElement[],
  shape: Shape = { arguments: new Set(), plurals: new Map() },
): Shape {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      shapeOf(element.children, shape);
      continue;
    }
    shape.arguments.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      if (element.type === TYPE.plural) {
        shape.plurals.set(
          element.value,
          new Set(Object.keys(element.options).filter((key) => !key.startsWith('='))),
        );
      }
      for (const option of Object.values(element.options)) shapeOf(option.value, shape);
    }
  }
  return shape;
}

/**
 * Plural forms a language has that its "other" form says as well: French "many" (a round million,
 * "1 000 000 d’événements") reads right as "1 000 000 événements" beside a numeral.
 */
const OTHER_WILL_DO: Partial<Record<string, string[]>> = { fr: ['many'] };

const shipped = LANGUAGES.filter((language) => language !== 'en');

describe('the English catalog', () => {
  it('parses, and every plural gives "one" and "other"', () => {
    for (const [key, message] of Object.entries(en)) {
      const shape = shapeOf(parse(message));
      for (const [argument, categories] of shape.plurals)
        expect([...categories], `${key} {${argument}}`).toEqual(expect.arrayContaining(['one', 'other']));
    }
  });
});

describe.each(shipped)('the %s catalog', (language) => {
  it('has every key of the English catalog and no other', async () => {
    const messages = await loadMessages(language);
    const missing = Object.keys(en).filter((key) => !(key in messages));
    const extra = Object.keys(messages).filter((key) => !(key in en));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('writes each message with the English placeholders, and the plural forms its language needs', async () => {
    const messages = await loadMessages(language);
    const needed = new Intl.PluralRules(language)
      .resolvedOptions()
      .pluralCategories.filter((category) => !OTHER_WILL_DO[language]?.includes(category));
    for (const [key, english] of Object.entries(en)) {
      const message = messages[key as keyof typeof en];
      expect(message.trim(), key).not.toBe('');
      const ours = shapeOf(parse(message));
      const theirs = shapeOf(parse(english));
      expect([...ours.arguments].sort(), key).toEqual([...theirs.arguments].sort());
      for (const [argument, categories] of ours.plurals)
        expect([...categories].sort(), `${key} {${argument}}`).toEqual(
          expect.arrayContaining([...needed].sort()),
        );
    }
  });

  it('translates every message that has words in it (no English left behind)', async () => {
    const messages = await loadMessages(language);
    const untranslated = Object.entries(en).filter(([key, english]) => {
      if (messages[key as keyof typeof en] !== english) return false;
      const words = english.replace(/\{[^{}]*\}/g, ' ').match(/\p{L}{2,}/gu) ?? [];
      return words.some((word) => !NEUTRAL_WORDS.has(word));
    });
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
