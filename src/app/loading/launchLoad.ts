// The dataset a link opens (its `data` address, else the built-in one) starts loading as soon as
// the page has its words, while the app's own code is still arriving: a large dataset then shows
// its first events sooner. Tiles, a kept timeline and a timeline in the link's fragment are opened
// by the app itself.
import { decodeLaunch } from '../model/url/linkCodec';
import { DEFAULT_DATASET_URL, loadDataset } from './loadDataset';

let early: { url: string; loading: Promise<void>; appReady: () => void } | null = null;

/**
 * Starts loading the link's dataset, if the link opens one by its address. What it loads waits to
 * reach the store until the app has applied the link (its event, actors and window).
 */
export function startLaunchLoad(): void {
  const { options } = decodeLaunch(window.location.search, window.location.href);
  if (options.editId !== null || options.datasetFragment !== null || options.tilesUrl !== null) return;
  const url = options.dataUrl ?? DEFAULT_DATASET_URL;
  let appReady = () => {};
  const ready = new Promise<void>((resolve) => (appReady = resolve));
  early = { url, loading: loadDataset(url, ready), appReady };
}

/**
 * The app's load of the link's dataset, once it has applied the link: the one started early if it
 * is that one (once), else a new one.
 */
export function loadLaunchDataset(url: string): Promise<void> {
  if (early?.url !== url) return loadDataset(url);
  const { loading, appReady } = early;
  early = null;
  appReady();
  return loading;
}
