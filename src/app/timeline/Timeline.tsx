// The timeline view: one vis Timeline for the component's life, fed from the store through the
// controller, with visible zoom buttons.
import { useEffect, useMemo, useRef } from 'react';
import { useNewslineStore, useVisibleEvents } from '../store/store';
import { TimelineController } from './TimelineController';
import { toTimelineItem } from './timelineItems';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

export function Timeline() {
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TimelineController | null>(null);
  const dataset = useNewslineStore((s) => s.dataset);
  const selectedEventId = useNewslineStore((s) => s.selectedEventId);
  const visibleEvents = useVisibleEvents();
  const visibleWindow = useNewslineStore((s) => s.visibleWindow);
  const requestedWindow = useNewslineStore((s) => s.requestedWindow);

  const items = useMemo(() => (dataset ? dataset.events.map(toTimelineItem) : []), [dataset]);
  const visibleIds = useMemo(() => new Set(visibleEvents.map((event) => event.id)), [visibleEvents]);

  // Mount-only: the handler reads the store's latest action, so it is bound once.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const controller = new TimelineController(container, {
      onSelect: (id) => useNewslineStore.getState().selectEvent(id),
      onWindowChange: (window) => useNewslineStore.getState().windowChanged(window),
    });
    controllerRef.current = controller;
    const resizeObserver = new ResizeObserver(() => controller.handleResize());
    resizeObserver.observe(container);
    return () => {
      resizeObserver.disconnect();
      controller.destroy();
      controllerRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (requestedWindow) controllerRef.current?.setWindow(requestedWindow);
  }, [requestedWindow]);
  useEffect(() => controllerRef.current?.setItems(items), [items]);
  useEffect(() => controllerRef.current?.setVisibleIds(visibleIds), [visibleIds]);
  useEffect(() => controllerRef.current?.setSelection(selectedEventId), [selectedEventId]);

  return (
    <section
      className="timeline"
      aria-label="Timeline"
      aria-describedby="timeline-keys"
      tabIndex={0}
      data-opens-on-enter
      data-window-start={visibleWindow ? new Date(visibleWindow.start).toISOString() : undefined}
      data-window-end={visibleWindow ? new Date(visibleWindow.end).toISOString() : undefined}
    >
      <div className="timeline__zoom" role="group" aria-label="Zoom">
        <button
          type="button"
          className="icon-button"
          aria-label="Zoom in"
          title="Zoom in"
          onClick={() => controllerRef.current?.zoomIn()}
        >
          +
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Zoom out"
          title="Zoom out"
          onClick={() => controllerRef.current?.zoomOut()}
        >
          −
        </button>
        <button
          type="button"
          className="text-button"
          aria-label="Fit all"
          onClick={() => controllerRef.current?.fitAll()}
        >
          Fit<span className="timeline__fit-more"> all</span>
        </button>
      </div>
      <p id="timeline-keys" className="visually-hidden">
        Use the left and right arrow keys to move between events in date order, Enter to open the first,
        Escape to close the panel.
      </p>
      <div ref={containerRef} className="timeline__canvas" data-testid="timeline" />
    </section>
  );
}
