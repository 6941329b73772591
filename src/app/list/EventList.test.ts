import { describe, expect, it } from 'vitest';
import { LIST_PAGE, shownRange } from './EventList';

describe('shownRange', () => {
  it('starts with the first page, or all of a short list', () => {
    expect(shownRange(null, 100_000, -1)).toEqual({ start: 0, end: LIST_PAGE });
    expect(shownRange(null, 12, -1)).toEqual({ start: 0, end: 12 });
  });

  it('keeps what the reader asked to see, within the list', () => {
    expect(shownRange({ start: 100, end: 400 }, 100_000, 250)).toEqual({ start: 100, end: 400 });
    expect(shownRange({ start: 0, end: 400 }, 150, -1)).toEqual({ start: 0, end: 150 });
  });

  it('moves to the page of a selected event it does not show', () => {
    expect(shownRange(null, 100_000, 80_123)).toEqual({ start: 80_100, end: 80_200 });
    expect(shownRange({ start: 0, end: 300 }, 80_150, 80_123)).toEqual({ start: 80_100, end: 80_150 });
  });
});
