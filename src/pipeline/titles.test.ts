import { describe, expect, it } from 'vitest';
import { eventTitle } from './titles';

describe('eventTitle', () => {
  it('leaves out an opening phrase of time or manner and the attribution at the end', () => {
    expect(eventTitle('On Thursday, the harbour board raised its fees by a fifth.')).toBe(
      'The harbour board raised its fees by a fifth',
    );
    expect(eventTitle('The ferry service will resume next week, an official said.')).toBe(
      'The ferry service will resume next week',
    );
    expect(eventTitle('Two bridges were closed overnight, according to the city council.')).toBe(
      'Two bridges were closed overnight',
    );
  });

  it('gives a dated relative clause back the noun its pronoun stands for', () => {
    const sentence = 'The old mill, which closed in 1998 after a fire, is a museum now.';
    expect(eventTitle('which closed in 1998 after a fire', sentence)).toBe(
      'The old mill closed in 1998 after a fire',
    );
  });

  it('cuts a long lead at a word, never inside an apposition', () => {
    const title = eventTitle(
      'Ann Lee, the city’s first woman mayor, opened the new harbour wall on the north side of the bay after six years of work.',
    );
    expect(title.length).toBeLessThanOrEqual(91);
    expect(title.startsWith('Ann Lee, the city’s first woman mayor, opened')).toBe(true);
    expect(title.endsWith('…')).toBe(true);
  });
});
