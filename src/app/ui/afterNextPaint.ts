// Work that must not hold up the frame a reader is waiting for (the panel opening on a click):
// scheduled after the next frame is painted, instead of in the task or animation frame before it.

/** Runs `work` once the next frame has been painted; the returned function cancels it. */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // A task queued from an animation frame runs after that frame's paint.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  };
}

/**
 * Runs `work` once: after the next paint, or within `latestMs` where no frame is painted (a hidden
 * tab paints none). The returned function cancels it.
 */
export function afterNextPaintOrWithin(latestMs: number, work: () => void): () => void {
  let cancelPaint = () => {};
  const timer = setTimeout(() => once(), latestMs);
  const cancel = () => {
    cancelPaint();
    clearTimeout(timer);
  };
  const once = () => {
    cancel();
    work();
  };
  cancelPaint = afterNextPaint(once);
  return cancel;
}
