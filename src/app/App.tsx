// The page: header (or the compact embed bar), notices, actor filter, timeline with its Undated
// shelf (or the list) and event panel; or, in story mode, the story with its navigator timeline.
import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import { applyEdit, editedDataset } from '../editing/applyEdit';
import type { TimelineEvent } from '../schema/dataset';
import { AddArticleButton } from './article/AddArticleButton';
import { DropZone, OpenDatasetButton } from './loading/OpenDataset';
import { openTiles, useTileReader } from './loading/loadTiles';
import { TilesStatus } from './loading/TilesStatus';
import { ConversionNotes, LoadErrorView, LoadingView, SkippedRecordsWarning } from './loading/LoadStatus';
import { DEFAULT_DATASET_URL, loadDataset, loadDatasetText, loadLaunchDataset } from './loading/loadDataset';
import { useDatasetSearch } from './search/useDatasetSearch';
import { EmbedButton } from './embed/EmbedDialog';
import { ExportButton } from './export/ExportButton';
import { useEmbedApi } from './embed/useEmbedApi';
import { ActorFilter } from './filter/ActorFilter';
import { LaneChooser } from './lanes/LaneChooser';
import { LanguageMenu } from './language/LanguageMenu';
import { EventList } from './list/EventList';
import { SearchBox } from './search/SearchBox';
import { Announcer } from './ui/Announcer';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { Notices } from './notices/Notices';
import { PrintableEvents } from './print/PrintableEvents';
import { EventPanel } from './panel/EventPanel';
import { useNewslineStore } from './store/store';
import { Timeline } from './timeline/Timeline';
import { StoryView } from './story/StoryView';
import { UndatedShelf } from './undated/UndatedShelf';
import { useTimelineLayout, type TimelineLayout } from './layout/useTimelineLayout';
import { VerticalTimeline } from './vertical/VerticalTimeline';
import { encodeFullAppLink } from './model/url/linkCodec';
import { datasetLookups } from './model/datasetLookups';
import { useLaunchOptions } from './url/useLaunchOptions';
import { useUrlSync } from './url/useUrlSync';
import { pageAddress } from './ui/pageAddress';
import { warmLookupsWhenIdle } from './ui/warmLookups';
import { addArticleAsEdit, openKeptForEditing, type ArticleAddition } from './edit/editActions';
import { EditBar } from './edit/EditBar';
import { EditButton } from './edit/EditButton';
import { EventEditor } from './edit/EventEditor';
import { MyTimelinesDialog } from './edit/MyTimelinesDialog';
import { DialogButton } from './ui/ModalDialog';
import { useEditedSearcher } from './loading/useEditedSearcher';
import { loadFragmentDataset } from './loading/loadFragmentDataset';
import { t, type MessageId } from './model/i18n/intl';

const NARROW = '(max-width: 760px)';
/** The product's name: the same in every language. */
const BRAND = 'Newsline';

export function App() {
  const launch = useLaunchOptions();
  const load = useNewslineStore((s) => s.load);
  // The dataset on show: set when one has loaded, kept while another loads or fails to.
  const info = useNewslineStore((s) => s.datasetInfo);
  const dismissFailure = useNewslineStore((s) => s.loadFailureDismissed);
  const title = useNewslineStore((s) => s.dataset?.title);
  const description = useNewslineStore((s) => s.dataset?.description);
  const theme = useNewslineStore((s) => s.theme);
  const ignoredMessages = useNewslineStore((s) => s.ignoredMessageCount);
  // Open when the event is there to show (a tiled timeline may not have read it yet).
  const panelOpen = useNewslineStore(
    (s) =>
      s.appMode !== 'story' &&
      s.selectedEventId !== null &&
      s.dataset !== null &&
      datasetLookups(s.dataset).eventsById.has(s.selectedEventId),
  );
  // Phones and embeds start with the actor list (and the Undated shelf) folded so the timeline gets the room.
  const [filtersOpenAtStart] = useState(() => !launch.embed && !window.matchMedia(NARROW).matches);
  // The page a PNG of the current view draws (Export).
  const appRef = useRef<HTMLDivElement>(null);
  useUrlSync();
  useEmbedApi(launch.parentOrigin);
  useDatasetSearch();

  useTileReader();
  useEditedSearcher();
  useEffect(() => warmLookupsWhenIdle(), []);

  useEffect(() => {
    if (launch.editId) {
      // A timeline kept in this browser; the built-in one if this browser has no such timeline.
      const editId = launch.editId;
      void openKeptForEditing(editId).then((opened) => {
        if (!opened) void loadDataset(DEFAULT_DATASET_URL);
      });
    } else if (launch.datasetFragment !== null) void loadFragmentDataset(launch.datasetFragment);
    else if (launch.tilesUrl) void openTiles(launch.tilesUrl);
    else void loadLaunchDataset(launch.dataUrl ?? DEFAULT_DATASET_URL);
  }, [launch.dataUrl, launch.tilesUrl, launch.editId, launch.datasetFragment]);

  useEffect(() => {
    if (title) document.title = t('shell.documentTitle', { title });
  }, [title]);

  // The theme parameter wins; otherwise follow the reader's system setting, live.
  useEffect(() => {
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      document.documentElement.dataset.theme = theme ?? (dark.matches ? 'dark' : 'light');
    };
    apply();
    dark.addEventListener('change', apply);
    return () => dark.removeEventListener('change', apply);
  }, [theme]);

  const classes = ['app', panelOpen ? 'app--panel-open' : '', launch.embed ? 'app--embed' : ''].filter(
    Boolean,
  );
  return (
    <div ref={appRef} className={classes.join(' ')} data-ignored-messages={ignoredMessages}>
      {launch.embed ? (
        <EmbedBar title={title} />
      ) : (
        <Header title={title} description={description} view={appRef} />
      )}
      {!launch.embed && <EditBar />}
      <Notices />
      <PrintableEvents />
      {info && <SkippedRecordsWarning info={info} />}
      {info && <ConversionNotes info={info} />}
      <TilesStatus />
      {info ? (
        <>
          {/* The rest of the dataset on show, still arriving: a line above, the timeline usable. */}
          {load.status === 'loading' && info.arriving && (
            <div className="load-banner">
              <LoadingView load={load} arriving />
            </div>
          )}
          <AppBody
            filtersOpenAtStart={filtersOpenAtStart}
            requestedLayout={launch.layout}
            editable={!launch.embed}
          />
          {/* Another dataset on its way, or one that failed: over the timeline, which stays. */}
          {load.status !== 'idle' && !info.arriving && (
            <div className="load-overlay">
              {load.status === 'loading' && <LoadingView load={load} />}
              {load.status === 'failed' && <LoadErrorView load={load} onDismiss={dismissFailure} />}
            </div>
          )}
        </>
      ) : (
        <main className="app__main app__main--status">
          {load.status === 'failed' ? <LoadErrorView load={load} /> : null}
          {load.status === 'loading' ? <LoadingView load={load} /> : null}
        </main>
      )}
      {!launch.embed && <DropZone />}
    </div>
  );
}

/**
 * The loaded app. Memoised: the page around it re-renders when the panel opens or closes (a class
 * on the root), and the filter, search and timeline must not re-render with it.
 */
const AppBody = memo(function AppBody({
  filtersOpenAtStart,
  requestedLayout,
  editable,
}: {
  filtersOpenAtStart: boolean;
  requestedLayout: TimelineLayout | null;
  /** The full app: an embed is read-only. */
  editable: boolean;
}) {
  const viewMode = useNewslineStore((s) => s.viewMode);
  const story = useNewslineStore((s) => s.appMode === 'story');
  const editing = useNewslineStore((s) => editable && s.editSession !== null && !s.editSession.preview);
  // A tiled timeline reads the periods its window needs; only the timeline across the page has one.
  const tiled = useNewslineStore((s) => s.tiledArchive !== null);
  const layout = useTimelineLayout(tiled ? 'horizontal' : requestedLayout);
  return (
    <div className="app__body">
      <div className="app__sidebar">
        <SearchBox />
        <details className="app__filters" open={filtersOpenAtStart}>
          <summary>{t('shell.actors')}</summary>
          <ActorFilter />
        </details>
      </div>
      <main className="app__main">
        {!story && <ViewToggle />}
        {story ? (
          <StoryView
            navigator={
              <ErrorBoundary fallback={<p className="notice">{t('shell.navigatorFailed')}</p>}>
                <Timeline variant="navigator" />
              </ErrorBoundary>
            }
          />
        ) : viewMode === 'list' ? (
          <EventList />
        ) : layout === 'vertical' ? (
          <ErrorBoundary fallback={<TimelineFallback />}>
            <VerticalTimeline />
          </ErrorBoundary>
        ) : (
          <ErrorBoundary fallback={<TimelineFallback />}>
            <Timeline />
            <UndatedShelf openAtStart={filtersOpenAtStart} />
          </ErrorBoundary>
        )}
      </main>
      {!story && <EventPanel editor={editing ? renderEventEditor : null} />}
      <Announcer />
    </div>
  );
});

/**
 * Events a reporter added from an article: an edit, kept in this browser with the article. Where
 * the browser cannot keep anything, the grown dataset is still shown (checked like any other), and
 * a notice says it will not survive a reload.
 */
async function addArticleEvents(addition: ArticleAddition): Promise<void> {
  if (await addArticleAsEdit(addition)) return;
  const { dataset, datasetInfo, addNotices } = useNewslineStore.getState();
  if (!dataset) return;
  const merged = applyEdit(editedDataset(dataset), { op: 'article.add', ...addition });
  if (!merged.ok) return;
  const first = merged.edited.dataset.events[dataset.events.length];
  await loadDatasetText(JSON.stringify(merged.edited.dataset), datasetInfo?.url ?? 'timeline');
  if (first) useNewslineStore.getState().selectEvent(first.id);
  addNotices([t('shell.addedNotKept')]);
}

function renderEventEditor(event: TimelineEvent) {
  return <EventEditor key={event.id} event={event} />;
}

/** Timeline or list: the same events, two ways to read them. */
function ViewToggle() {
  const viewMode = useNewslineStore((s) => s.viewMode);
  const setViewMode = useNewslineStore((s) => s.setViewMode);
  const toggleRef = useRef<HTMLDivElement>(null);
  useToggleWidth(toggleRef);
  return (
    <div ref={toggleRef} className="view-toggle">
      {viewMode === 'timeline' && <LaneChooser />}
      <PressedChoice
        className="view-toggle__modes"
        label={t('shell.view')}
        choices={VIEW_CHOICES}
        chosen={viewMode}
        choose={setViewMode}
      />
    </div>
  );
}

/**
 * Small frames put the toggle beside the search box, which leaves it room: as much as the toggle
 * is wide in this language ("Timeline | List" is half the width of its Arabic), not a fixed guess.
 */
function useToggleWidth(toggleRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const toggle = toggleRef.current;
    const body = toggle?.closest<HTMLElement>('.app__body');
    if (!toggle || !body) return;
    const observer = new ResizeObserver(() => {
      body.style.setProperty('--view-toggle-width', `${toggle.offsetWidth}px`);
    });
    observer.observe(toggle);
    return () => {
      observer.disconnect();
      body.style.removeProperty('--view-toggle-width');
    };
  }, [toggleRef]);
}

/** The whole timeline, or the story told one event at a time. */
function ModeSwitch() {
  const appMode = useNewslineStore((s) => s.appMode);
  const setAppMode = useNewslineStore((s) => s.setAppMode);
  return (
    <PressedChoice
      className="mode-switch"
      label={t('shell.mode')}
      choices={MODE_CHOICES}
      chosen={appMode}
      choose={setAppMode}
    />
  );
}

const VIEW_CHOICES = [
  ['timeline', 'shell.timeline'],
  ['list', 'shell.list'],
] as const;
const MODE_CHOICES = [
  ['timeline', 'shell.timeline'],
  ['story', 'shell.story'],
] as const;

/** A group of buttons of which one is pressed: the chosen way to read the same events. */
function PressedChoice<Choice extends string>({
  className,
  label,
  choices,
  chosen,
  choose,
}: {
  className: string;
  label: string;
  choices: readonly (readonly [Choice, MessageId])[];
  chosen: Choice;
  choose: (choice: Choice) => void;
}) {
  return (
    <div className={className} role="group" aria-label={label}>
      {choices.map(([choice, message]) => (
        <button
          key={choice}
          type="button"
          className="text-button"
          aria-pressed={chosen === choice}
          onClick={() => choose(choice)}
        >
          {t(message)}
        </button>
      ))}
    </div>
  );
}

function TimelineFallback() {
  return (
    <>
      <p className="notice">{t('shell.timelineFailed')}</p>
      <EventList />
    </>
  );
}

/** `view`: what Export's "PNG of the current view" draws: the whole page, its buttons left out. */
function Header({
  title,
  description,
  view,
}: {
  title: string | undefined;
  description: string | undefined;
  view: RefObject<HTMLElement | null>;
}) {
  return (
    <header className="app__header">
      <div className="app__heading">
        <p className="app__brand">{BRAND}</p>
        {/* The dataset's words, in the language they were written in: their own direction. */}
        {title && (
          <h1 className="app__title" dir="auto">
            {title}
          </h1>
        )}
        {description && (
          <p className="app__description" dir="auto">
            {description}
          </p>
        )}
      </div>
      <div className="app__actions" data-picture-omit="">
        <ModeSwitch />
        <EditButton />
        <DialogButton label={t('shell.myTimelines')} Dialog={MyTimelinesDialog} props={{}} />
        <OpenDatasetButton />
        <AddArticleButton onAdd={addArticleEvents} />
        <ExportButton view={view} />
        <EmbedButton defaultDataUrl={DEFAULT_DATASET_URL} />
        <LanguageMenu />
      </div>
    </header>
  );
}

/** The embed's compact title bar, with a way out to the full timeline. */
function EmbedBar({ title }: { title: string | undefined }) {
  // Re-render when the view changes: the address useUrlSync writes for it is then current.
  useNewslineStore((s) => s.selectedEventId);
  useNewslineStore((s) => s.selectedActorIds);
  useNewslineStore((s) => s.searchQuery);
  useNewslineStore((s) => s.viewMode);
  useNewslineStore((s) => s.appMode);
  useNewslineStore((s) => s.laneMode);
  const full = encodeFullAppLink(pageAddress().current().href);
  return (
    <header className="embed-bar">
      <h1 className="embed-bar__title" dir="auto">
        {title ?? BRAND}
      </h1>
      <a className="embed-bar__link" href={full} target="_blank" rel="noopener noreferrer">
        {t('shell.openFullTimeline')}
        <span aria-hidden="true"> ↗</span>
        <span className="visually-hidden"> {t('shell.opensInNewTab')}</span>
      </a>
    </header>
  );
}
