// Runs inside the benchmarked page (Playwright's addInitScript, before any of the page's code): it
// times painted frames, not DOM presence, and times an interaction from its input event's own
// timestamp (`event.timeStamp`, when the browser received the input), not from when the runner sent
// it. It must be self-contained: it is sent as source text.

export interface ProbeReport {
  /** ms from navigation until vis put the first item in the DOM. */
  firstItemInDom: number | null;
  /** ms from navigation until the first frame with an item (an event or a cluster) in view was painted. */
  firstItemPainted: number | null;
  /** ms from navigation until the first frame with an event drawn as itself (not a cluster) in view. */
  firstEventPainted: number | null;
  /**
   * The same two by the Element Timing API, where it reports: the items' templates mark their
   * text with `elementtiming`, but Chromium reports text only for the block that holds it, so a
   * mark on an inline or flex container (the app's cluster count) never reports.
   */
  elementTiming: { firstItem: number | null; firstEvent: number | null };
  /** What went wrong, as the page said it: an alert's text, or an error nothing caught. */
  problem: string | null;
}

/** An Event Timing entry for the interaction's input (only those of 16 ms or more are reported). */
export interface EventTimingEntry {
  name: string;
  /** ms from the armed input's timestamp (0 for that input itself; later for its click). */
  startMs: number;
  /** From the input's timestamp to the paint after its handlers ran (rounded to 8 ms by the browser). */
  duration: number;
  /** The handlers' own time. */
  processing: number;
  /** From the input's timestamp until its handlers began. */
  delay: number;
}

export interface InteractionTiming {
  /** The input event's own timestamp, ms since navigation. */
  inputAt: number;
  /** ms from the input to the first frame painted after its handlers ran. */
  nextPaintMs: number | null;
  /** ms from the input to the paint after which the page stopped changing (null: it kept changing). */
  settledMs: number | null;
  /** ms from the input to the first paint showing the selector armed with it, if any. */
  shownMs: number | null;
  eventTiming: EventTimingEntry[];
}

export interface PanTiming {
  /** For each pointer move of the drag, ms from its timestamp to the first frame painted after it. */
  moveToPaint: number[];
  /** Gaps between painted frames during the drag, ms. */
  frameGaps: number[];
}

export interface Probe {
  observers: unknown[];
  report: () => ProbeReport;
  /** Stops looking for the first items: the load is over (an event may never be drawn as itself). */
  endLoad: () => void;
  /**
   * The next event of this type (capture phase, on window) starts a measurement from its timestamp;
   * `shownSelector` also times the first paint at which it matches. For a click, arm
   * 'pointerdown': vis acts on the tap at pointerup, before the click event.
   */
  arm: (eventType: string, shownSelector: string | null) => void;
  /** The armed measurement, once the page settled (and showed the selector, if one was given). */
  result: () => Promise<InteractionTiming | null>;
  /** Resolves once the page has not changed for `quietMs`. */
  quiet: (quietMs: number) => Promise<void>;
  startPan: () => void;
  stopPan: () => PanTiming;
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
  let firstEventPainted: number | null = null;
  let watchingLoad = true;
  const elementTiming: ProbeReport['elementTiming'] = { firstItem: null, firstEvent: null };
  let uncaught: string | null = null;
  let measurement: Promise<InteractionTiming | null> = Promise.resolve(null);
  const eventEntries: (Omit<EventTimingEntry, 'startMs'> & { startTime: number })[] = [];
  let stopPanRecording: (() => PanTiming) | null = null;

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

  // Element Timing reports when an element marked `elementtiming` was first painted. Both the app's
  // and the vis pages' template mark an event's title and a cluster's count; an event's sits in
  // `.nl-item__content`. Kept as a cross-check: see ProbeReport.elementTiming.
  const paintObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      identifier?: string;
      renderTime?: number;
      element?: Element | null;
    })[]) {
      if (entry.identifier !== 'timeline-item' || !entry.renderTime) continue;
      elementTiming.firstItem = Math.min(elementTiming.firstItem ?? Infinity, entry.renderTime);
      if (entry.element?.closest('.nl-item__content'))
        elementTiming.firstEvent = Math.min(elementTiming.firstEvent ?? Infinity, entry.renderTime);
    }
  });
  paintObserver.observe({ type: 'element', buffered: true });

  // Event Timing: input delay, handler time and presentation of each input slower than 16 ms.
  const keepEventEntries = (entries: PerformanceEntryList) => {
    for (const entry of entries as (PerformanceEntry & { processingStart: number; processingEnd: number })[])
      eventEntries.push({
        name: entry.name,
        startTime: entry.startTime,
        duration: entry.duration,
        processing: entry.processingEnd - entry.processingStart,
        delay: entry.processingStart - entry.startTime,
      });
  };
  const eventObserver = new PerformanceObserver((list) => keepEventEntries(list.getEntries()));
  eventObserver.observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);

  window.addEventListener('error', (event) => (uncaught ??= String(event.message)));
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    uncaught ??= reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  });

  /**
   * Calls back after each painted frame, with the time of the frame's animation callbacks and the
   * time it was drawn: a message posted in rAF arrives once the frame is out.
   */
  const afterEachPaint = (callback: (paintedAt: number, frameAt: number) => boolean) => {
    const frame = () => {
      const frameAt = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (callback(performance.now(), frameAt)) requestAnimationFrame(frame);
      };
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(frame);
  };

  /** Whether a visible element matching the selector lies at least partly in the timeline's view. */
  const inView = (selector: string): boolean => {
    // vis keeps its timeline `visibility: hidden` until its initial draw is done.
    const visible = { visibilityProperty: true, opacityProperty: true };
    if (!document.querySelector('.vis-timeline')?.checkVisibility(visible)) return false;
    const view = document.querySelector('.vis-center')?.getBoundingClientRect();
    if (!view) return false;
    for (const element of document.querySelectorAll(selector)) {
      if (!element.checkVisibility(visible)) continue;
      const r = element.getBoundingClientRect();
      if (
        r.width > 0 &&
        r.height > 0 &&
        r.right > view.left &&
        r.left < view.right &&
        r.bottom > view.top &&
        r.top < view.bottom
      )
        return true;
    }
    return false;
  };

  // The first frame that draws an item, and the first that draws an event as itself: looked for in
  // each frame's animation callbacks (what is in the DOM then is in that frame), timed when the
  // frame is out.
  const watchFirstFrames = () => {
    if (!watchingLoad) return;
    const sawItem = firstItemPainted === null && inView('.vis-item');
    const sawEvent = firstEventPainted === null && inView('.vis-item .nl-item__content');
    if (sawItem || sawEvent) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const paintedAt = performance.now();
        if (sawItem) firstItemPainted ??= paintedAt;
        if (sawEvent) firstEventPainted ??= paintedAt;
      };
      channel.port2.postMessage(null);
    }
    if ((firstItemPainted === null && !sawItem) || (firstEventPainted === null && !sawEvent))
      requestAnimationFrame(watchFirstFrames);
  };
  requestAnimationFrame(watchFirstFrames);

  const nextPaintFrom = (inputAt: number): Promise<number> =>
    new Promise((resolve) => {
      afterEachPaint((paintedAt) => {
        resolve(paintedAt - inputAt);
        return false;
      });
    });

  const settleFrom = (inputAt: number): Promise<number | null> => {
    const before = mutations;
    const samples: { at: number; mutations: number }[] = [];
    return new Promise((resolve) => {
      afterEachPaint((paintedAt) => {
        samples.push({ at: paintedAt, mutations });
        const recent = samples.slice(-QUIET_FRAMES);
        const changed = mutations > before;
        if (changed && recent.length === QUIET_FRAMES && recent.every((s) => s.mutations === mutations)) {
          const firstComplete = samples.find((s) => s.mutations === mutations)!;
          resolve(firstComplete.at - inputAt);
          return false;
        }
        if (paintedAt - inputAt > SETTLE_LIMIT_MS) {
          resolve(null);
          return false;
        }
        return true;
      });
    });
  };

  const shownFrom = (inputAt: number, selector: string): Promise<number | null> =>
    new Promise((resolve) => {
      afterEachPaint((paintedAt) => {
        if (document.querySelector(selector)) resolve(paintedAt - inputAt);
        else if (paintedAt - inputAt > SETTLE_LIMIT_MS) resolve(null);
        else return true;
        return false;
      });
    });

  /**
   * The Event Timing entries of the input and what followed it. They are reported only once the
   * browser knows when the frame was presented, which can be after the page settled: wait for the
   * input's own entry a little (there is none when it took less than 16 ms).
   */
  const eventTimingFrom = async (inputAt: number): Promise<EventTimingEntry[]> => {
    const deadline = performance.now() + 500;
    for (;;) {
      keepEventEntries(eventObserver.takeRecords());
      const done = eventEntries.some((entry) => Math.abs(entry.startTime - inputAt) < 1);
      if (done || performance.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return eventEntries
      .filter((entry) => entry.startTime > inputAt - 1)
      .map(({ startTime, ...entry }) => ({ ...entry, startMs: startTime - inputAt }));
  };

  const problem = (): string | null => {
    const alert = document.querySelector<HTMLElement>('[role="alert"]');
    const text = alert?.innerText.replace(/\s+/g, ' ').trim();
    return text || uncaught;
  };

  window.__probe = {
    // Held here: Chromium may collect an observer that nothing references, and it stops reporting.
    observers: [mutationObserver, paintObserver, eventObserver],
    report: () => ({
      firstItemInDom,
      firstItemPainted,
      firstEventPainted,
      elementTiming,
      problem: problem(),
    }),
    endLoad: () => {
      watchingLoad = false;
    },
    arm: (eventType, shownSelector) => {
      measurement = new Promise((resolve) => {
        const listener = (event: Event) => {
          const inputAt = event.timeStamp;
          const timings = Promise.all([
            nextPaintFrom(inputAt),
            settleFrom(inputAt),
            shownSelector === null ? null : shownFrom(inputAt, shownSelector),
          ]);
          resolve(
            timings.then(async ([nextPaintMs, settledMs, shownMs]) => ({
              inputAt,
              nextPaintMs,
              settledMs,
              shownMs,
              eventTiming: await eventTimingFrom(inputAt),
            })),
          );
        };
        window.addEventListener(eventType, listener, { capture: true, once: true });
      });
    },
    result: () => measurement,
    quiet: (quietMs) =>
      new Promise((resolve) => {
        const check = () => {
          if (performance.now() - lastMutationAt >= quietMs) resolve();
          else setTimeout(check, quietMs / 4);
        };
        check();
      }),
    startPan: () => {
      const moves: number[] = [];
      const frames: number[] = [];
      // Moves whose handlers have run, not yet in a painted frame: [input timestamp, handled at].
      let pending: [number, number][] = [];
      let recording = true;
      const onMove = (event: Event) => pending.push([event.timeStamp, performance.now()]);
      window.addEventListener('pointermove', onMove, { capture: true });
      afterEachPaint((paintedAt, frameAt) => {
        frames.push(frameAt);
        // A move handled before this frame's animation callbacks is drawn in it.
        const drawn = pending.filter(([, handledAt]) => handledAt < frameAt);
        for (const [inputAt] of drawn) moves.push(paintedAt - inputAt);
        pending = pending.filter(([, handledAt]) => handledAt >= frameAt);
        return recording;
      });
      stopPanRecording = () => {
        recording = false;
        window.removeEventListener('pointermove', onMove, { capture: true });
        return { moveToPaint: moves, frameGaps: frames.slice(1).map((time, i) => time - frames[i]!) };
      };
    },
    stopPan: () => stopPanRecording?.() ?? { moveToPaint: [], frameGaps: [] },
  };
}
