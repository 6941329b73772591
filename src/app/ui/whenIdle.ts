// Work a reader may need soon but not now (a map the first click reads): done while the page is
// idle, before the reader asks, instead of in the click's own task.

/** Runs `work` once, when the page is next idle, or within `latestMs` if it never is; returns its cancel. */
export function whenIdle(work: () => void, latestMs = 2_000): () => void {
  // Safari has no requestIdleCallback: a timer stands in.
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(() => work(), { timeout: latestMs });
  return () => cancelIdleCallback(handle);
}
