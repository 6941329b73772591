// The timeline view: one vis Timeline for the component's life, fed from the store through the
// controller (which hands vis only what the window needs), with visible zoom buttons. Story mode
// shows it as its navigator: short, under the slide, following the slides and jumping on a click.
import { useEffect, useMemo, useRef } from 'react';
import { chronology, placedAt } from '../model/dates/eventPlacement';
import { useDatasetLookups, useNewslineStore } from '../store/store';
import { actorPositions, visiblePositions } from '../model/filtering/shownEvents';
import { TimelineController, type EventDescriber } from './TimelineController';
import { eventDescriber, type TilePlaceholder } from './timelineItems';
import { toEraItems } from './eraItems';
import { formatEraDates } from '../model/dates/eras';
import type { TiledArchive } from '../store/state';
import { tileCountWords } from '../model/tiles/tileArchive';
import type { TimelineEntry } from './timelineWindow';
import { timelineLanes } from '../model/lanes/timelineLanes';
import type { TimelineLane } from './laneGroups';
import type { OutOfSight } from '../store/state';
import { CUE_DIRECTIONS, MoreCue } from '../ui/MoreCue';
import { t } from '../model/i18n/intl';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './timeline.css';

/**
 * The last lanes drawn from each list of shown events: lifting a filter brings back the same list,
 * and with it the same lanes, whose indexes the controller has built already.
 */
const lanesCache = new WeakMap<
  readonly TimelineEntry[],
  { key: string; lookups: object; lanes: readonly TimelineLane[] }
>();

/** `navigator`: story mode's timeline under the slide; a click on empty space keeps the slide. */
export function Timeline({ variant = 'full' }: { variant?: 'full' | 'navigator' }) {
  const navigator = variant === 'navigator';
  const navigatorRef = useRef(navigator);
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TimelineController | null>(null);
  const dataset = useNewslineStore((s) => s.dataset);
  const selectedEventId = useNewslineStore((s) => s.selectedEventId);
  const requestedWindow = useNewslineStore((s) => s.requestedWindow);
  const tiledArchive = useNewslineStore((s) => s.tiledArchive);

  const lookups = useDatasetLookups();

  const actorIds = useNewslineStore((s) => s.selectedActorIds);
  const search = useNewslineStore((s) => s.searchMatches);
  // Where each visible event sits; what it looks like is built only when it is first drawn.
  const entries = useMemo((): readonly TimelineEntry[] => {
    if (!dataset) return [];
    const { placed } = chronology(dataset);
    const positions = visiblePositions(dataset, actorIds, search);
    if (positions === null) return placed;
    // Built once per list: the undated (the chronology's tail) are on the Undated shelf instead.
    return placedAt(placed, positions);
  }, [dataset, actorIds, search]);
  const describe = useMemo((): EventDescriber => (dataset ? eventDescriber(dataset) : () => null), [dataset]);

  // Mount-only: the handler reads the store's latest action, so it is bound once.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const controller = new TimelineController(container, {
      onSelect: (id) => {
        if (id !== null || !navigatorRef.current) useNewslineStore.getState().selectEvent(id);
      },
      onWindowChange: (window) => useNewslineStore.getState().windowChanged(window),
      onOutOfSight: (counts) => useNewslineStore.getState().outOfSightChanged(counts),
      onExtentChange: (extent) => useNewslineStore.getState().timelineMeasured(extent),
    });
    controllerRef.current = controller;
    const resizeObserver = new ResizeObserver(() => controller.handleResize());
    resizeObserver.observe(container);
    // Answered at once: whoever asked reads the extent right after asking.
    const unsubscribe = useNewslineStore.subscribe((state, previous) => {
      if (state.timelineExtentRequests !== previous.timelineExtentRequests) controller.measureExtent();
    });
    return () => {
      unsubscribe();
      resizeObserver.disconnect();
      controller.destroy();
      controllerRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (requestedWindow) controllerRef.current?.setWindow(requestedWindow);
  }, [requestedWindow]);
  const laneMode = useNewslineStore((s) => s.laneMode);
  // Each lane's events, from the same shown events: the filter and the search narrow every lane.
  // The story's navigator stays one line: it is there to point at the slide, not to compare actors.
  const lanes = useMemo((): readonly TimelineLane[] | null => {
    if (navigator || laneMode === 'none' || !lookups || !dataset) return null;
    const key = `${laneMode}|${actorIds.join(',')}`;
    const cached = lanesCache.get(entries);
    if (cached && cached.key === key && cached.lookups === lookups) return cached.lanes;
    const lanes = timelineLanes({
      mode: laneMode,
      placed: chronology(dataset).placed,
      shown: visiblePositions(dataset, actorIds, search),
      entries,
      actorPositions: actorPositions(dataset),
      actorsById: lookups.actorsById,
      chosenActorIds: actorIds,
    });
    lanesCache.set(entries, { key, lookups, lanes });
    return lanes;
  }, [navigator, laneMode, lookups, dataset, entries, actorIds, search]);
  // A tiled timeline stays one timeline as its tiles arrive, and a large dataset as its events
  // arrive: neither is fitted anew for each part (only as a filter would be, if the reader has not
  // moved the window).
  const arrival = useNewslineStore((s) => s.datasetInfo?.arrival);
  const timelineKey = tiledArchive?.url ?? arrival ?? describe;
  useEffect(() => {
    controllerRef.current?.setLanes(lanes);
    controllerRef.current?.setEvents(entries, describe, timelineKey);
  }, [lanes, entries, describe, timelineKey]);
  const searching = useNewslineStore((s) => s.searchMatches !== null);
  const placeholders = useMemo(
    () => (tiledArchive ? tilePlaceholders(tiledArchive, actorIds, searching) : []),
    [tiledArchive, actorIds, searching],
  );
  useEffect(() => controllerRef.current?.setPlaceholders(placeholders), [placeholders]);
  useEffect(() => controllerRef.current?.setSelection(selectedEventId), [selectedEventId]);
  const eras = useNewslineStore((s) => s.dataset?.eras);
  const eraItems = useMemo(() => toEraItems(eras ?? []), [eras]);
  useEffect(() => controllerRef.current?.setEras(eraItems), [eraItems]);

  return (
    <section
      className={['timeline', navigator && 'timeline--navigator', lanes && 'timeline--lanes']
        .filter(Boolean)
        .join(' ')}
      aria-label={t(navigator ? 'timeline.navigatorLabel' : 'timeline.label')}
      aria-describedby="timeline-keys"
      tabIndex={0}
      data-opens-on-enter={navigator ? undefined : true}
    >
      <div className="timeline__zoom" role="group" aria-label={t('timeline.zoom')}>
        <button
          type="button"
          className="icon-button"
          aria-label={t('timeline.zoomIn')}
          title={t('timeline.zoomIn')}
          onClick={() => controllerRef.current?.zoomIn()}
        >
          +
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('timeline.zoomOut')}
          title={t('timeline.zoomOut')}
          onClick={() => controllerRef.current?.zoomOut()}
        >
          −
        </button>
        <button
          type="button"
          className="text-button"
          aria-label={t('timeline.fitAll')}
          onClick={() => controllerRef.current?.fitAll()}
        >
          {t('timeline.fitShort')}
          <span className="timeline__fit-more">{t('timeline.fitRest')}</span>
        </button>
      </div>
      <p id="timeline-keys" className="visually-hidden">
        {t(navigator ? 'timeline.keysNavigator' : 'timeline.keysTimeline')}
      </p>
      {/* The bands are vis's drawing: a screen reader hears the periods here, as a list. */}
      {eras && eras.length > 0 && (
        <ul className="visually-hidden" aria-label={t('timeline.periods')}>
          {eras.map((era) => (
            <li key={era.id}>
              {t('timeline.eraWithDates', { title: era.title, dates: formatEraDates(era) })}
            </li>
          ))}
        </ul>
      )}
      <div ref={containerRef} className="timeline__canvas" data-testid="timeline" />
      <OutOfSightCues onShow={(direction) => controllerRef.current?.showOutOfSight(direction)} />
    </section>
  );
}

/** After a cue's move has settled (and the cue may be gone), where the keyboard is is checked. */
const CUE_FOCUS_CHECK_MS = 400;

/**
 * Counts of the shown events the reader cannot see, over the axis (never over an event), each a
 * button that brings the nearest of them into view.
 */
function OutOfSightCues({ onShow }: { onShow: (direction: keyof OutOfSight) => void }) {
  const counts = useNewslineStore((s) => s.outOfSight);
  if (!counts) return null;
  const directions = CUE_DIRECTIONS.filter((direction) => counts[direction] > 0);
  if (directions.length === 0) return null;
  return (
    <div className="timeline__cues" role="group" aria-label={t('timeline.outOfSight')}>
      {directions.map((direction) => (
        <MoreCue
          key={direction}
          direction={direction}
          count={counts[direction]}
          onClick={(event) => {
            const timeline = event.currentTarget.closest<HTMLElement>('.timeline');
            onShow(direction);
            // The cue goes once nothing is left that way: the keyboard stays on the timeline.
            window.setTimeout(() => {
              if (document.activeElement === document.body) timeline?.focus();
            }, CUE_FOCUS_CHECK_MS);
          }}
        />
      ))}
    </div>
  );
}

/** The tiles not read yet, each drawn as its count until the window needs it. */
function tilePlaceholders(
  archive: TiledArchive,
  actorIds: readonly string[],
  searching: boolean,
): TilePlaceholder[] {
  return archive.spans.flatMap((span) => {
    const state = archive.tiles.get(span.file);
    const shown = tileCountWords(span, actorIds, searching);
    if (state?.status === 'read' || !shown) return [];
    const status = state === undefined ? 'waiting' : state.status;
    return [
      {
        file: span.file,
        start: span.start,
        end: span.end,
        count: shown.count,
        countWords: shown.words,
        status,
      },
    ];
  });
}
