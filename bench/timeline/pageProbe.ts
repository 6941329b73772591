// Runs inside the benchmarked page (Playwright's addInitScript, before any of the page's code): it
// times painted frames, not DOM presence. It must be self-contained: it is sent as source text.

export interface ProbeReport {
  /** ms from navigation until vis put the first item in the DOM. */
  firstItemInDom: number | null;
  /** ms from navigation until an item was first painted (Element Timing), or null before that. */
  firstItemPainted: number | null;
}

export interface Probe {
  observers: unknown[];
  report: () => ProbeReport;
  /**
   * The next event of this type (capture phase, on window) starts a measurement. For a click, arm
   * 'pointerdown': vis acts on the tap at pointerup, before the click event.
   */
  arm: (eventType: string) => void;
  /** Like arm, but also times the first paint at which `selector` matches, for `shown()`. */
  armUntilShown: (eventType: string, selector: string) => void;
  /** ms from the start of the measurement until the paint that first showed the selector. */
  shown: () => Promise<number | null>;
  /** Runs `action` and measures from now; for actions the runner calls in the page. */
  runAndSettle: (action: () => void) => void;
  /**
   * ms from the start of the measurement until the paint after which the page stopped changing
   * (no DOM mutation for a few frames), or null if it kept changing past the time limit.
   */
  settled: () => Promise<number | null>;
  /** Resolves once the page has not changed for `quietMs`. */
  quiet: (quietMs: number) => Promise<void>;
  recordFrames: () => void;
  /** Gaps between painted frames since recordFrames, in ms. */
  stopFrames: () => number[];
}

declare global {
  interface Window {
    __probe?: Probe;
  }
}

export function installProbe(): void {
  const QUIET_FRAMES = 3;
  const SETTLE_LIMIT_MS = 120_000;
  let mutations = 0;
  let lastMutationAt = 0;
  let firstItemInDom: number | null = null;
  let firstItemPainted: number | null = null;
  let measurement: Promise<number | null> = Promise.resolve(null);
  let shownAt: Promise<number | null> = Promise.resolve(null);
  let frames: number[] | null = null;

  const mutationObserver = new MutationObserver((records) => {
    mutations += records.length;
    lastMutationAt = performance.now();
    if (firstItemInDom === null && document.querySelector('.vis-item')) firstItemInDom = lastMutationAt;
  });
  mutationObserver.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });

  // Element Timing reports when an element marked `elementtiming` was first painted.
  const paintObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      identifier?: string;
      renderTime?: number;
    })[]) {
      if (entry.identifier !== 'timeline-item' || !entry.renderTime) continue;
      firstItemPainted = Math.min(firstItemPainted ?? Infinity, entry.renderTime);
    }
  });
  paintObserver.observe({ type: 'element', buffered: true });

  /** Calls back after each painted frame: a message posted in rAF arrives once the frame is drawn. */
  const afterEachPaint = (callback: (paintedAt: number) => boolean) => {
    const frame = () => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (callback(performance.now())) requestAnimationFrame(frame);
      };
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(frame);
  };

  const settleFrom = (startedAt: number): Promise<number | null> => {
    const before = mutations;
    const samples: { at: number; mutations: number }[] = [];
    return new Promise((resolve) => {
      afterEachPaint((paintedAt) => {
        samples.push({ at: paintedAt, mutations });
        const recent = samples.slice(-QUIET_FRAMES);
        const changed = mutations > before;
        if (changed && recent.length === QUIET_FRAMES && recent.every((s) => s.mutations === mutations)) {
          const firstComplete = samples.find((s) => s.mutations === mutations)!;
          resolve(firstComplete.at - startedAt);
          return false;
        }
        if (paintedAt - startedAt > SETTLE_LIMIT_MS) {
          resolve(null);
          return false;
        }
        return true;
      });
    });
  };

  const shownFrom = (startedAt: number, selector: string): Promise<number | null> =>
    new Promise((resolve) => {
      afterEachPaint((paintedAt) => {
        if (document.querySelector(selector)) resolve(paintedAt - startedAt);
        else if (paintedAt - startedAt > SETTLE_LIMIT_MS) resolve(null);
        else return true;
        return false;
      });
    });

  window.__probe = {
    // Held here: Chromium may collect an observer that nothing references, and it stops reporting.
    observers: [mutationObserver, paintObserver],
    report: () => ({ firstItemInDom, firstItemPainted }),
    arm: (eventType) => {
      measurement = new Promise((resolve) => {
        window.addEventListener(eventType, () => resolve(settleFrom(performance.now())), {
          capture: true,
          once: true,
        });
      });
    },
    armUntilShown: (eventType, selector) => {
      let started: (at: number) => void = () => {};
      const start = new Promise<number>((resolve) => (started = resolve));
      measurement = start.then((at) => settleFrom(at));
      shownAt = start.then((at) => shownFrom(at, selector));
      window.addEventListener(eventType, () => started(performance.now()), { capture: true, once: true });
    },
    shown: () => shownAt,
    runAndSettle: (action) => {
      measurement = settleFrom(performance.now());
      action();
    },
    settled: () => measurement,
    quiet: (quietMs) =>
      new Promise((resolve) => {
        const check = () => {
          if (performance.now() - lastMutationAt >= quietMs) resolve();
          else setTimeout(check, quietMs / 4);
        };
        check();
      }),
    recordFrames: () => {
      frames = [];
      const recording = frames;
      const tick = (time: number) => {
        if (frames !== recording) return;
        recording.push(time);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames: () => {
      const recorded = frames ?? [];
      frames = null;
      return recorded.slice(1).map((time, i) => time - recorded[i]!);
    },
  };
}
