// The dataset a link opens (its `data` address, else the built-in one) starts loading the moment
// the page runs, before its words and the app's code have arrived: a large dataset then shows its
// first events sooner. Nothing reaches the store until the app has applied the link (its event,
// actors and window) and takes the load over. Tiles, a kept timeline and a timeline in the link's
// fragment are opened by the app itself.
import type { LocaleSetting } from '../model/i18n/intl';
import { decodeLaunch } from '../model/url/linkCodec';
import { startDatasetParser, type DatasetParser, type ParsedDataset } from './datasetParser';
import { progressRelay } from './progressRelay';
import type { DatasetInput, LoadProgress } from './readDatasetInput';

export const DEFAULT_DATASET_URL = `${import.meta.env.BASE_URL}data/events.json`;

/** What the worker is asked to read for a dataset's address. */
export function addressInput(url: string): DatasetInput {
  // Absolute: the worker that fetches it lives at another address than the page.
  const absolute = new URL(url, window.location.href).href;
  return { kind: 'address', url: absolute, name: url.split(/[?#]/)[0] ?? url };
}

/** A load under way before the app could hear of it. */
export interface LaunchLoad {
  parser: DatasetParser;
  /** From now on its progress goes to `progress` (what it reached so far first). */
  takeOver: (progress: LoadProgress) => Promise<ParsedDataset>;
}

let early: { url: string; load: LaunchLoad } | null = null;

/**
 * Starts loading the link's dataset, if the link opens one by its address. `locale`: the language
 * the page is about to speak, in which the worker words what is wrong with the file.
 */
export function startLaunchLoad(locale: LocaleSetting): void {
  const { options } = decodeLaunch(window.location.search, window.location.href);
  if (options.editId !== null || options.datasetFragment !== null || options.tilesUrl !== null) return;
  const url = options.dataUrl ?? DEFAULT_DATASET_URL;
  const parser = startDatasetParser();
  const relay = progressRelay();
  const parsed = parser.parse(addressInput(url), relay.progress, locale);
  early = {
    url,
    load: {
      parser,
      takeOver: (progress) => {
        relay.attach(progress);
        return parsed;
      },
    },
  };
}

/** The load started early and not yet taken over, if any: the page says it is loading from the first frame. */
export function launchLoadUnderWay(): { url: string; parser: DatasetParser } | null {
  return early && { url: early.url, parser: early.load.parser };
}

/** The load started early, if it is of this address (once: a second load of it starts anew). */
export function takeLaunchLoad(url: string): LaunchLoad | null {
  if (early?.url !== url) return null;
  const { load } = early;
  early = null;
  return load;
}
