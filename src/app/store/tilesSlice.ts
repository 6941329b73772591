// Tiles slice: a timeline read as time tiles. The dataset on show is made of the tiles read so far
// (see model/tiles/tileArchive.ts); search asks each read tile's worker and joins the answers.
import type { StateCreator } from 'zustand';
import type { Dataset } from '../../schema/dataset';
import { datasetOfTiles, tileSpans } from '../model/tiles/tileArchive';
import type { SearchResult } from '../model/search/searchIndex';
import type { DatasetSearcher, NewslineState, TiledArchive, TileState, TilesSlice } from './state';

export const createTilesSlice: StateCreator<NewslineState, [], [], TilesSlice> = (set, get) => {
  /** Puts these tiles in place and shows the dataset they make. */
  const show = (archive: TiledArchive, tiles: Map<string, TileState>) => {
    const next = { ...archive, tiles };
    const read = readTiles(next);
    const dataset = datasetOfTiles(
      archive.manifest,
      read.map(({ dataset }) => dataset),
    );
    // The open event stays open while its tile is not read: a link to it opens it once it is.
    set({
      tiledArchive: next,
      dataset,
      datasetSearcher: joinedSearcher(read.flatMap(({ searcher }) => (searcher ? [searcher] : []))),
      searchMatches: null,
    });
  };
  const change = (file: string, state: TileState | null) => {
    const archive = get().tiledArchive;
    if (!archive) return;
    const tiles = new Map(archive.tiles);
    if (state) tiles.set(file, state);
    else tiles.delete(file);
    return { archive, tiles };
  };
  return {
    tiledArchive: null,
    tilesOpened: (url, manifest) => {
      get().datasetSearcher?.dispose();
      const archive: TiledArchive = { url, manifest, spans: tileSpans(manifest), tiles: new Map() };
      set({
        datasetInfo: { url, from: 'address', format: 'newsline', skipped: [], notes: [] },
        load: { status: 'idle' },
        pendingLoad: null,
        datasetSearcher: null,
      });
      show(archive, new Map());
    },
    tileReading: (file) => {
      const changed = change(file, { status: 'reading' });
      if (changed) set({ tiledArchive: { ...changed.archive, tiles: changed.tiles } });
    },
    tileRead: (file, dataset, searcher) => {
      const changed = change(file, { status: 'read', dataset, searcher });
      if (changed) show(changed.archive, changed.tiles);
      else searcher?.dispose();
    },
    tileFailed: (file, summary) => {
      const changed = change(file, { status: 'failed', summary });
      if (changed) set({ tiledArchive: { ...changed.archive, tiles: changed.tiles } });
    },
    tilesReleased: (files) => {
      const archive = get().tiledArchive;
      if (!archive || files.length === 0) return;
      const tiles = new Map(archive.tiles);
      for (const file of files) {
        const state = tiles.get(file);
        if (state?.status === 'read') state.searcher?.dispose();
        tiles.delete(file);
      }
      show(archive, tiles);
    },
  };
};

/** The read tiles, in date order, the undated file last. */
function readTiles(archive: TiledArchive): { dataset: Dataset; searcher: DatasetSearcher | null }[] {
  const order = [...archive.spans.map((span) => span.file), archive.manifest.undated?.file];
  return order.flatMap((file) => {
    const state = file === undefined ? undefined : archive.tiles.get(file);
    return state?.status === 'read' ? [state] : [];
  });
}

/**
 * One searcher over every read tile. Disposing it stops nothing: each tile's worker stops when the
 * tile is let go of, or with the archive.
 */
function joinedSearcher(searchers: readonly DatasetSearcher[]): DatasetSearcher {
  return {
    search: async (query) => {
      const answers = await Promise.all(searchers.map((searcher) => searcher.search(query)));
      const found = answers.filter((answer): answer is SearchResult => answer !== null);
      if (found.length === 0) return null;
      return {
        ids: new Set(found.flatMap((answer) => [...answer.ids])),
        terms: [...new Set(found.flatMap((answer) => answer.terms))],
      };
    },
    dispose: () => {},
  };
}
