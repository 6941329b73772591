import { describe, expect, it } from 'vitest';
import { isStopWord, STOP_WORDS } from './stopWords';

describe('stop words', () => {
  it('leaves out the glue of a sentence and keeps what it is about', () => {
    const sentence = 'the spoils of war were taken by the Taliban from an airbase in Kabul';
    const kept = sentence.split(' ').filter((word) => !isStopWord(word.toLowerCase()));
    expect(kept).toEqual(['spoils', 'war', 'taken', 'Taliban', 'airbase', 'Kabul']);
  });

  it('keeps words that are also names, acronyms, months or negations in the news', () => {
    for (const word of ['us', 'who', 'may', 'it', 'will', 'not', 'no', 'after', 'before'])
      expect(isStopWord(word), word).toBe(false);
  });

  it('is a short list of lower-case words', () => {
    expect(STOP_WORDS.size).toBeLessThan(50);
    for (const word of STOP_WORDS) expect(word).toBe(word.toLowerCase());
  });
});
