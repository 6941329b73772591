// Opens a timeline written as time tiles (`npm run tiles`, schema/tiles.ts): reads its manifest,
// then each tile the reader's window needs through a dataset worker, which checks it like any
// dataset and keeps it to search. Tiles the window no longer needs are let go of.
import { useEffect } from 'react';
import { useNewslineStore } from '../store/store';
import type { LoadProblem, NewslineState } from '../store/state';
import type { TileManifest } from '../../schema/tiles';
import { distanceFromMiddle, tilesForWindow, tilesToRelease } from '../model/tiles/tileArchive';
import { startDatasetParser } from './datasetParser';
import { t } from '../model/i18n/intl';
import {
  formatMegabytes,
  interruptedSummary,
  ReadFailed,
  openDatasetStream,
  readBytes,
} from './fetchDataset';

/** A manifest lists tiles, not events: a few megabytes even for a very large archive. */
const MAX_MANIFEST_BYTES = 50 * 1024 * 1024;
/** Tiles read at once: each is checked in a worker of its own, and the machine has few cores. */
const PARALLEL_READS = 2;

type ManifestOutcome =
  { ok: true; manifest: TileManifest } | { ok: false; summary: string; problems: LoadProblem[] };

export async function openTiles(url: string): Promise<void> {
  const { loadStarted } = useNewslineStore.getState();
  const absolute = new URL(url, window.location.href).href;
  const pending = { dispose: () => {} };
  loadStarted(url, 'address', pending);
  const outcome = await readManifest(absolute);
  const store = useNewslineStore.getState();
  if (store.pendingLoad !== pending) return; // another dataset was opened meanwhile
  if (!outcome.ok) {
    store.loadFailed(url, outcome.summary, outcome.problems);
    return;
  }
  store.tilesOpened(absolute, outcome.manifest);
  if (outcome.manifest.undated) void readTile(outcome.manifest.undated.file);
}

async function readManifest(url: string): Promise<ManifestOutcome> {
  const failed = (summary: string): ManifestOutcome => ({ ok: false, summary, problems: [] });
  // Fetched as a dataset is: the same timeout, retry, wording of failures and size limit (an
  // announced size is refused unread; the bytes count against it as they arrive).
  const opened = await openDatasetStream(url, { maxBytes: MAX_MANIFEST_BYTES });
  if (!opened.ok) return failed(opened.summary);
  const decoder = new TextDecoder();
  let text = '';
  try {
    await readBytes(opened.body, opened.totalBytes, {
      onChunk: (chunk, loaded) => {
        if (loaded > MAX_MANIFEST_BYTES) throw new RangeError('manifest too large');
        text += decoder.decode(chunk, { stream: true });
      },
    });
  } catch (error) {
    if (error instanceof ReadFailed) return failed(interruptedSummary());
    return failed(t('article.manifestTooLarge', { limit: formatMegabytes(MAX_MANIFEST_BYTES) }));
  }
  text += decoder.decode();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return failed(t('article.manifestNotJson', { error: (error as Error).message }));
  }
  // The validator loads only with a manifest: the first view of a timeline never needs it.
  const [{ TileManifestSchema }, { describePath }, { speakZodInInterfaceLanguage }] = await Promise.all([
    import('../../schema/tiles'),
    import('./parseDataset'),
    import('./zodLocale'),
  ]);
  speakZodInInterfaceLanguage();
  const checked = TileManifestSchema.safeParse(raw);
  if (checked.success) return { ok: true, manifest: checked.data };
  const problems = checked.error.issues.slice(0, 50).map((issue) => ({
    path: describePath(issue.path, raw),
    message: issue.message,
  }));
  return {
    ok: false,
    summary: t('article.notAManifest', { count: problems.length }),
    problems,
  };
}

/** Reads one tile, unless it is read, being read, or the archive changed before it arrived. */
async function readTile(file: string): Promise<void> {
  const { tiledArchive, tileReading } = useNewslineStore.getState();
  if (!tiledArchive || tiledArchive.tiles.has(file)) return;
  const archiveUrl = tiledArchive.url;
  tileReading(file);
  const parser = startDatasetParser();
  const { result, search } = await parser.parse(
    { kind: 'address', url: new URL(file, archiveUrl).href, name: file },
    {},
  );
  const store = useNewslineStore.getState();
  const wanted =
    store.tiledArchive?.url === archiveUrl && store.tiledArchive.tiles.get(file)?.status === 'reading';
  if (!wanted || !result.ok) parser.dispose();
  if (!wanted) return;
  if (result.ok) store.tileRead(file, result.dataset, { search, dispose: parser.dispose });
  else store.tileFailed(file, result.summary);
}

/** Reads the tiles the window needs, nearest its middle first, and lets go of those it does not. */
function planReads(state: NewslineState): void {
  const archive = state.tiledArchive;
  const window = state.visibleWindow;
  if (!archive || !window) return;
  const needed = tilesForWindow(archive.spans, window);
  let free = PARALLEL_READS - [...archive.tiles.values()].filter((tile) => tile.status === 'reading').length;
  for (const tile of needed
    .filter((candidate) => !archive.tiles.has(candidate.file))
    .sort((a, b) => distanceFromMiddle(a, window) - distanceFromMiddle(b, window))) {
    if (free-- <= 0) break;
    void readTile(tile.file);
  }
  const read = archive.spans.filter((span) => archive.tiles.get(span.file)?.status === 'read');
  const released = tilesToRelease(read, needed, window);
  if (released.length > 0) state.tilesReleased(released.map((tile) => tile.file));
}

/** While a tiled timeline is open, its tiles follow the window. */
export function useTileReader(): void {
  useEffect(
    () =>
      useNewslineStore.subscribe((state, previous) => {
        if (state.tiledArchive !== previous.tiledArchive || state.visibleWindow !== previous.visibleWindow)
          planReads(useNewslineStore.getState());
      }),
    [],
  );
}
