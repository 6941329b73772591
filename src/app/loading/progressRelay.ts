// Holds a load's progress until someone listens: a load started before the app ran reports to the
// store only once the app has applied the link, and then what it reached so far, not every step.
import type { Dataset } from '../../schema/dataset';
import type { LoadProgress } from './readDatasetInput';

export interface ProgressRelay {
  /** What the load reports to. */
  progress: Required<LoadProgress>;
  /** From now on the progress goes to `listener`, starting with where the load is. */
  attach: (listener: LoadProgress) => void;
}

export function progressRelay(): ProgressRelay {
  let listener: LoadProgress | null = null;
  let bytes: [number, number | null] | null = null;
  let downloaded = false;
  let checked: [number, number | null] | null = null;
  let soFar: Dataset | null = null;
  return {
    progress: {
      onBytes: (loaded, total) => {
        if (listener) listener.onBytes?.(loaded, total);
        else bytes = [loaded, total];
      },
      onDownloaded: () => {
        if (listener) listener.onDownloaded?.();
        else {
          // Parts are shown only while the file arrives: the whole dataset is moments away now.
          downloaded = true;
          soFar = null;
        }
      },
      onChecked: (count, total) => {
        if (listener) listener.onChecked?.(count, total);
        else checked = [count, total];
      },
      onArriving: (dataset) => {
        if (listener) listener.onArriving?.(dataset);
        else soFar = dataset;
      },
    },
    attach: (next) => {
      listener = next;
      // In the order the load reached them.
      if (bytes) next.onBytes?.(...bytes);
      if (soFar) next.onArriving?.(soFar);
      if (downloaded) next.onDownloaded?.();
      if (checked) next.onChecked?.(...checked);
      bytes = checked = soFar = null;
    },
  };
}
