import { describe, expect, it } from 'vitest';
import { WINDOW_SIZE, WINDOW_STEP, windowAt, windowShowing } from './verticalWindow';

describe('windowAt', () => {
  it('draws at most a window of events, all of a short list', () => {
    expect(windowAt(0, 100_000)).toEqual({ start: 0, end: WINDOW_SIZE });
    expect(windowAt(0, 12)).toEqual({ start: 0, end: 12 });
    expect(windowAt(0, 0)).toEqual({ start: 0, end: 0 });
  });

  it('stays inside the list', () => {
    expect(windowAt(-50, 1_000)).toEqual({ start: 0, end: 100 });
    expect(windowAt(980, 1_000)).toEqual({ start: 900, end: 1_000 });
    expect(windowAt(40, 12)).toEqual({ start: 0, end: 12 });
  });
});

describe('windowShowing', () => {
  const first = windowAt(0, 100_000);

  it('keeps a window that shows the event', () => {
    expect(windowShowing(first, 99, 100_000)).toBe(first);
  });

  it('moves a step to show the next or previous event past its edge', () => {
    const next = windowShowing(first, 100, 100_000);
    expect(next).toEqual({ start: WINDOW_STEP, end: WINDOW_STEP + WINDOW_SIZE });
    expect(windowShowing(next, 49, 100_000)).toEqual(first);
  });

  it('centres a far event, such as a selection from a link', () => {
    expect(windowShowing(first, 80_123, 100_000)).toEqual({ start: 80_073, end: 80_173 });
    expect(windowShowing(first, 99_999, 100_000)).toEqual({ start: 99_900, end: 100_000 });
  });
});
