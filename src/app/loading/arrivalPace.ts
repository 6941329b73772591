// When a page shows the events of a large dataset checked so far, while the rest still arrive:
// never for a small one (it is whole a moment later, and a timeline drawn twice would flicker),
// then at a pace that leaves the worker the processor: each showing sorts and draws every event so
// far on the page, at 100,000 events a few hundred milliseconds.

/**
 * A load still under way this long after it began shows what it has: within a second the whole
 * dataset at once serves a reader better than part of it, then the rest.
 */
export const FIRST_SHOWN_AFTER_MS = 1_000;
/** Then again at most this often, until the whole dataset replaces it. */
export const SHOWN_EVERY_MS = 2_000;

export interface ArrivalPace {
  /** How long from `now` until the events so far may be shown (0: now). */
  wait: (now: number) => number;
  /** They were shown at `now`: the next showing waits its turn from then. */
  shown: (now: number) => void;
}

export function arrivalPace(startedAt: number): ArrivalPace {
  let lastShown: number | null = null;
  return {
    wait: (now) =>
      Math.max(0, (lastShown === null ? startedAt + FIRST_SHOWN_AFTER_MS : lastShown + SHOWN_EVERY_MS) - now),
    shown: (now) => {
      lastShown = now;
    },
  };
}
