import { describe, expect, it } from 'vitest';
import type { Dataset } from '../schema/dataset';
import { editingFixture } from '../testing/editingFixture';
import { excerptStretches, passageOf, sourceTextProblems } from './sourceText';

// The fixture's "talks" event rests on desk's words at offset 0, and its quote at offset 11.
const DESK = 'Ann said: "We talked for hours". Late. Early. Middle. Bound. The desk closed at noon.';

function withDeskExcerpts(): Dataset {
  return editingFixture();
}

describe('source texts', () => {
  it('accepts the text the excerpts come from', () => {
    expect(sourceTextProblems(withDeskExcerpts(), 'desk', DESK)).toEqual([]);
  });

  it('refuses another text, naming the event and the words', () => {
    const problems = sourceTextProblems(withDeskExcerpts(), 'desk', 'A different article altogether.');
    expect(problems[0]).toMatch(/^“Late” rests on words this text does not have: “Late\.”$/);
    expect(problems).toHaveLength(3);
  });

  it('refuses a text where a passage is not at its offset', () => {
    const shifted = ` ${DESK}`;
    expect(sourceTextProblems(withDeskExcerpts(), 'desk', shifted)).toContain(
      '“Ann and the Bureau hold talks” rests on “Ann said: "We talked for hours".”, which is not at character 0 of this text',
    );
  });

  it('cuts a selection to its words and keeps where they start', () => {
    expect(passageOf('One  two three ', 3, 15)).toEqual({ excerpt: 'two three', offset: 5 });
    expect(passageOf('abc', 2, 0)).toEqual({ excerpt: 'ab', offset: 0 });
    expect(passageOf('a   b', 1, 4)).toBeNull();
  });

  it('finds where the excerpts lie, merged and in order', () => {
    expect(excerptStretches(withDeskExcerpts(), 'desk', DESK)).toEqual([
      [0, 32],
      [33, 38],
      [39, 45],
      [46, 53],
      [54, 60],
    ]);
  });
});
