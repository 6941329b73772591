// Work put off until a frame is painted, or until a deadline where none is (a hidden tab).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaintOrWithin } from './afterNextPaint';

describe('afterNextPaintOrWithin', () => {
  let frames: FrameRequestCallback[] = [];
  const drawFrame = () => frames.splice(0).forEach((callback) => callback(performance.now()));

  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => (frames = []));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs once, in the task after the next frame, and not again at the deadline', () => {
    const work = vi.fn();
    afterNextPaintOrWithin(250, work);
    drawFrame();
    expect(work).not.toHaveBeenCalled(); // the frame is not painted until its callbacks are done
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs at the deadline where no frame is drawn, once', () => {
    const work = vi.fn();
    afterNextPaintOrWithin(250, work);
    vi.advanceTimersByTime(249);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    drawFrame();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('does not run once cancelled', () => {
    const work = vi.fn();
    afterNextPaintOrWithin(250, work)();
    drawFrame();
    vi.advanceTimersByTime(1000);
    expect(work).not.toHaveBeenCalled();
  });
});
