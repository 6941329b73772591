// The store's state, slice by slice: every type here, so the slices and their readers import
// types from one place and no slice imports the store that combines them.
import type { FileFormat } from '../../formats/fileFormat';
import type { Dataset } from '../../schema/dataset';
import type { SearchMatches, Searcher } from '../model/search/searchIndex';
import type { TileManifest } from '../../schema/tiles';
import type { TileSpan } from '../model/tiles/tileArchive';
import type { EditHistory } from '../../editing/editHistory';
import type { LaneMode } from '../model/lanes/timelineLanes';

export type { SearchMatches };

/** A load under way, stopped when a newer one starts. */
/** Whether the dataset on show is the part of one still arriving (its events checked so far). */
export function isArriving(state: Pick<NewslineState, 'datasetInfo'>): boolean {
  return state.datasetInfo?.arriving === true;
}

export interface PendingLoad {
  dispose: () => void;
}

/** The worker of the dataset on show: it answers the searches, and stops when another dataset replaces it. */
export interface DatasetSearcher {
  search: Searcher;
  dispose: () => void;
}

export interface LoadProblem {
  /** Where the problem is: a JSON path such as `events[3] (id "x").date.start`, or empty for the whole file. */
  path: string;
  message: string;
}

/** Where the dataset on show came from, and what reading it found. */
export interface DatasetInfo {
  /** The address it was fetched from, or the name of the file the reader opened. */
  url: string;
  /** An address (the built-in dataset or `data=`), a file the reader opened, or this page (articles added). */
  from: 'address' | 'file' | 'page';
  format: FileFormat | null;
  /** Invalid records left out, each with where and why. */
  skipped: LoadProblem[];
  /** What converting the file from another format could not keep. */
  notes: string[];
  /** The dataset is still arriving: these are the events checked so far; the rest follow. */
  arriving?: true;
  /**
   * The load whose events arrived in parts (the same object while they arrive and once whole): the
   * timeline treats them as one timeline, fitted once, not a new one with each part.
   */
  arrival?: object;
}

/** A load in progress, or one that failed; a dataset already on show stays until another is ready. */
export type LoadState =
  | { status: 'idle' }
  | {
      status: 'loading';
      url: string;
      from: DatasetInfo['from'];
      /**
       * Downloading (or reading) the file, its records checked as they arrive; then checking the
       * last of them.
       */
      phase: 'download' | 'check';
      loadedBytes: number;
      totalBytes: number | null;
      checkedRecords: number;
      totalRecords: number | null;
    }
  | { status: 'failed'; url: string; summary: string; problems: LoadProblem[] };

export interface DatasetSlice {
  dataset: Dataset | null;
  datasetInfo: DatasetInfo | null;
  load: LoadState;
  pendingLoad: PendingLoad | null;
  datasetSearcher: DatasetSearcher | null;
  /** A newer load stops the one under way. */
  loadStarted: (url: string, from: DatasetInfo['from'], load: PendingLoad) => void;
  loadProgressed: (loadedBytes: number, totalBytes: number | null) => void;
  /** The whole file has arrived. */
  downloadFinished: () => void;
  /** `totalRecords` is null until the file has been read. */
  checkProgressed: (checkedRecords: number, totalRecords: number | null) => void;
  /** The searcher takes over from the one of the dataset before (none in tests: nothing searches). */
  datasetLoaded: (dataset: Dataset, info: DatasetInfo, searcher?: DatasetSearcher | null) => void;
  /**
   * The events of a large dataset checked so far, shown while the rest arrive; only when no other
   * dataset is on show (one on show stays until the next is whole). `datasetLoaded` ends it.
   */
  datasetArriving: (dataset: Dataset, info: DatasetInfo) => void;
  loadFailed: (url: string, summary: string, problems: LoadProblem[]) => void;
  /** Puts away the message of a failed load, back to the dataset on show. */
  loadFailureDismissed: () => void;
  /** A search worker for the dataset on show, once it was changed in place (an edit). */
  searcherReplaced: (searcher: DatasetSearcher) => void;
}

/** A timeline kept in this browser, as the list of them shows it. */
export interface KeptTimelineSummary {
  id: string;
  title: string;
  origin: string;
  createdAt: number;
  updatedAt: number;
  cursor: number;
  editCount: number;
  deletedAt?: number;
}

/** The timeline an editor is changing. */
export interface EditSession {
  timeline: KeptTimelineSummary;
  history: EditHistory;
  /** Whether the last change is in the browser's database yet. */
  saving: 'saving' | 'saved' | 'failed';
  saveProblem: string | null;
  /** The editor is looking at the timeline as readers will: the panel shows the event, not its form. */
  preview: boolean;
  /** The texts of the timeline's articles kept in this browser, by source id: passages come from them. */
  sourceTexts: Readonly<Record<string, string>>;
}

export interface EditSlice {
  editSession: EditSession | null;
  editStarted: (
    timeline: KeptTimelineSummary,
    history: EditHistory,
    options?: { preview?: boolean; sourceTexts?: Record<string, string> },
  ) => void;
  sourceTextKept: (sourceId: string, text: string) => void;
  previewToggled: () => void;
  /** An edit, an undo or a redo: its dataset is shown at once, and is being stored. */
  historyChanged: (history: EditHistory) => void;
  editSaved: (history: EditHistory) => void;
  editSaveFailed: (problem: string) => void;
  editEnded: () => void;
}

export interface FilterSlice {
  selectedActorIds: string[];
  toggleActor: (actorId: string) => void;
  setActorFilter: (actorIds: readonly string[]) => void;
  clearActorFilter: () => void;
  searchQuery: string;
  setSearchQuery: (query: string) => void;
  /** The last search that finished; null without search words. May lag behind searchQuery. */
  searchMatches: SearchMatches | null;
  searchFinished: (matches: SearchMatches) => void;
}

export interface SelectionSlice {
  selectedEventId: string | null;
  selectEvent: (eventId: string | null) => void;
  /**
   * True when the app, not the reader, made the last change of selection (a story slide the filter
   * hid moved to the nearest one left): the address is corrected, with no history entry of its own.
   */
  selectionCorrected: boolean;
  /** The app moves the selection for the reader (see selectionCorrected). */
  correctSelection: (eventId: string | null) => void;
  /** Selects the next (+1) or previous (-1) visible event in date order; from nothing, the first or last. */
  selectAdjacentEvent: (step: 1 | -1) => void;
}

export type Theme = 'light' | 'dark';
export type ViewMode = 'timeline' | 'list';
/** The timeline across the page, or a story: one slide per event, with a small navigator timeline. */
export type AppMode = 'timeline' | 'story';

export interface UiSlice {
  theme: Theme | null;
  notices: string[];
  ignoredMessageCount: number;
  viewMode: ViewMode;
  setViewMode: (mode: ViewMode) => void;
  appMode: AppMode;
  setAppMode: (mode: AppMode) => void;
  /** One line, or a lane per actor (the chosen ones, else the busiest) or per kind of actor. */
  laneMode: LaneMode;
  setLaneMode: (mode: LaneMode) => void;
  setTheme: (theme: Theme | null) => void;
  addNotices: (notices: readonly string[]) => void;
  dismissNotice: (index: number) => void;
  dismissAllNotices: () => void;
  /**
   * The window the link asked for, as it wrote it ("start=2021 and end=2022"), until the first
   * dataset arrives to check it against (the link is read before): then a notice can name it.
   */
  linkWindow: { window: TimeWindow; words: string } | null;
  requestLinkWindow: (window: TimeWindow, words: string) => void;
  messageIgnored: () => void;
}

export interface TimeWindow {
  start: number;
  end: number;
}

/** Shown events the reader cannot see in the timeline now, by which way they lie. */
export interface OutOfSight {
  earlier: number;
  later: number;
  above: number;
  below: number;
}

/** How far down the page the drawn timeline reaches, in CSS pixels from the top of the page. */
export interface TimelineExtent {
  /** Its bottom edge, as laid out. */
  bottom: number;
  /** Where its bottom edge would be if it showed every stacked event and its axis without scrolling. */
  contentBottom: number;
}

export interface ViewSlice {
  visibleWindow: TimeWindow | null;
  /** Each request is a new object, so asking twice for the same window moves the timeline twice. */
  requestedWindow: TimeWindow | null;
  outOfSight: OutOfSight | null;
  /** As last measured; null while no timeline is drawn (the list, the vertical view). */
  timelineExtent: TimelineExtent | null;
  /** Counts the requests for a measure: the timeline answers each at once, through timelineMeasured. */
  timelineExtentRequests: number;
  windowChanged: (window: TimeWindow) => void;
  requestWindow: (window: TimeWindow) => void;
  outOfSightChanged: (counts: OutOfSight) => void;
  /** Asks the timeline to measure its extent now; read timelineExtent right after. */
  requestTimelineExtent: () => void;
  timelineMeasured: (extent: TimelineExtent | null) => void;
}

/** A tile being read, read (with the worker that searches it), or one that could not be read. */
export type TileState =
  | { status: 'reading' }
  | { status: 'read'; dataset: Dataset; searcher: DatasetSearcher | null }
  | { status: 'failed'; summary: string };

/** A timeline opened as time tiles: its manifest and the tiles read so far. */
export interface TiledArchive {
  url: string;
  manifest: TileManifest;
  /** The dated tiles, in date order. */
  spans: readonly TileSpan[];
  /** By file; a tile not here has not been asked for (or was let go of). */
  tiles: ReadonlyMap<string, TileState>;
}

export interface TilesSlice {
  tiledArchive: TiledArchive | null;
  /** A manifest was read: the timeline shows every tile as its count until it is read. */
  tilesOpened: (url: string, manifest: TileManifest) => void;
  tileReading: (file: string) => void;
  /** A tile arrived: its events join the dataset on show. */
  tileRead: (file: string, dataset: Dataset, searcher: DatasetSearcher | null) => void;
  tileFailed: (file: string, summary: string) => void;
  /** Tiles the window no longer needs: their events leave the page. */
  tilesReleased: (files: readonly string[]) => void;
}

export type NewslineState = DatasetSlice &
  FilterSlice &
  SelectionSlice &
  ViewSlice &
  UiSlice &
  TilesSlice &
  EditSlice;
