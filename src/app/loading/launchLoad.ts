// The dataset a link opens (its `data` address, else the built-in one) starts loading as soon as
// the page has its words, while the app's own code is still arriving: a large dataset then shows
// its first events sooner. Tiles, a kept timeline and a timeline in the link's fragment are opened
// by the app itself.
import { decodeLaunch } from '../model/url/linkCodec';
import { DEFAULT_DATASET_URL, loadDataset } from './loadDataset';

let early: { url: string; loading: Promise<void> } | null = null;

/** Starts loading the link's dataset, if the link opens one by its address. */
export function startLaunchLoad(): void {
  const { options } = decodeLaunch(window.location.search, window.location.href);
  if (options.editId !== null || options.datasetFragment !== null || options.tilesUrl !== null) return;
  const url = options.dataUrl ?? DEFAULT_DATASET_URL;
  early = { url, loading: loadDataset(url) };
}

/** The app's load of the link's dataset: the one started early if it is that one (once), else a new one. */
export function loadLaunchDataset(url: string): Promise<void> {
  if (early?.url !== url) return loadDataset(url);
  const { loading } = early;
  early = null;
  return loading;
}
