// The English words too common to narrow a search ("spoils of war" is about spoils and war), kept
// short on purpose: a word that is also a name or an acronym in the news stays searchable.
/**
 * Left out on purpose: "us" (the US), "who" (the WHO), "may" (the month), "it" (IT), "will" (a
 * name), "not" and "no" (they change what a quote means), "after", "before" and "over".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'from',
  'had',
  'has',
  'have',
  'he',
  'her',
  'his',
  'in',
  'into',
  'is',
  'its',
  'of',
  'on',
  'or',
  'she',
  'that',
  'the',
  'their',
  'them',
  'they',
  'this',
  'to',
  'was',
  'were',
  'with',
]);

/** `word` must already be lower case, as the search's words are. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
