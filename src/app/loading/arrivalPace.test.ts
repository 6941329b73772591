import { describe, expect, it } from 'vitest';
import { arrivalPace, FIRST_SHOWN_AFTER_MS, SHOWN_EVERY_MS } from './arrivalPace';

describe('arrivalPace', () => {
  it('waits a while after the load began before anything is shown', () => {
    const pace = arrivalPace(1_000);
    expect(pace.wait(1_000)).toBe(FIRST_SHOWN_AFTER_MS);
    expect(pace.wait(1_000 + FIRST_SHOWN_AFTER_MS - 1)).toBe(1);
    expect(pace.wait(1_000 + FIRST_SHOWN_AFTER_MS + 50)).toBe(0);
  });

  it('then shows no more often than its pace, counted from the last showing', () => {
    const pace = arrivalPace(0);
    pace.shown(FIRST_SHOWN_AFTER_MS + 100);
    expect(pace.wait(FIRST_SHOWN_AFTER_MS + 100)).toBe(SHOWN_EVERY_MS);
    expect(pace.wait(FIRST_SHOWN_AFTER_MS + 100 + SHOWN_EVERY_MS)).toBe(0);
  });
});
