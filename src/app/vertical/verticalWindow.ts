// Which events the vertical timeline draws: a window of at most WINDOW_SIZE of them, moved half a
// window at a time, so a 100,000-event archive never puts more than a hundred cards in the page.

export const WINDOW_SIZE = 100;
export const WINDOW_STEP = 50;

/** The events drawn: `start` inclusive, `end` exclusive, in the visible events' order. */
export interface EventWindow {
  start: number;
  end: number;
}

/** The window starting at `start`, kept inside a list of `length` events. */
export function windowAt(start: number, length: number): EventWindow {
  const clamped = Math.max(0, Math.min(start, length - WINDOW_SIZE));
  return { start: clamped, end: Math.min(length, clamped + WINDOW_SIZE) };
}

/** A window that shows the event at `index`: the current one if it does, one step on if that is enough, else one centred on it. */
export function windowShowing(current: EventWindow, index: number, length: number): EventWindow {
  if (index >= current.start && index < current.end) return current;
  if (index >= current.end && index < current.end + WINDOW_STEP) {
    return windowAt(current.start + WINDOW_STEP, length);
  }
  if (index < current.start && index >= current.start - WINDOW_STEP) {
    return windowAt(current.start - WINDOW_STEP, length);
  }
  return windowAt(index - WINDOW_SIZE / 2, length);
}
