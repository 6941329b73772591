// Reads a dataset from wherever it comes (an address, a file from the computer, text made on this
// page) into checked parts, with progress: the same code in the worker and, where no worker runs, on
// the page. Files and addresses stream; page text is small and read as it is.
import type { Dataset } from '../../schema/dataset';
import { t } from '../model/i18n/intl';
import {
  interruptedSummary,
  MAX_DATASET_BYTES,
  MAX_STREAMED_BYTES,
  openDatasetStream,
  tooLargeSummary,
  type FetchOptions,
  type OpenResult,
} from './fetchDataset';
import type { CheckProgress, ParseListener } from './parseDataset';
import { fileFailure, readDatasetFileInParts, type FileFacts } from './readDatasetFile';
import { readDatasetStream } from './readDatasetStream';
import type { ParseOutcome } from './parseDataset';

/** Where a dataset comes from. `name`: the file's or the address's, to title a timeline that has none. */
export type DatasetInput =
  | { kind: 'address'; url: string; name: string }
  | { kind: 'file'; file: File; name: string }
  | { kind: 'text'; text: string; name: string };

export interface LoadProgress {
  /** Bytes of the file read so far. */
  onBytes?: (loadedBytes: number, totalBytes: number | null) => void;
  /** The whole file has arrived; what is left is checking. */
  onDownloaded?: () => void;
  onChecked?: CheckProgress;
  /**
   * The dataset as far as it is checked (its head and the valid events so far), at a pace that
   * leaves a small file whole before any is shown. Only where it is checked in a worker.
   */
  onArriving?: (soFar: Dataset) => void;
}

/** How long to wait for an address, and the limits (smaller in tests). */
export interface InputOptions extends Omit<FetchOptions, 'maxBytes'> {
  maxBytes?: number;
  maxStreamedBytes?: number;
  /** The address already being opened (the worker starts it before loading this module). */
  opened?: Promise<OpenResult>;
}

export async function readDatasetInput(
  input: DatasetInput,
  listener: Omit<ParseListener, 'onProgress'>,
  progress: LoadProgress,
  options: InputOptions = {},
): Promise<ParseOutcome & FileFacts> {
  const { maxBytes = MAX_DATASET_BYTES, maxStreamedBytes = MAX_STREAMED_BYTES } = options;
  const { timeoutMs, retryDelayMs } = options;
  const fetchOptions: FetchOptions = {
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(retryDelayMs !== undefined ? { retryDelayMs } : {}),
  };
  const parts: ParseListener = {
    ...listener,
    ...(progress.onChecked ? { onProgress: progress.onChecked } : {}),
  };
  const stream = {
    name: input.name,
    maxBytes,
    maxStreamedBytes,
    ...(progress.onBytes ? { onBytes: progress.onBytes } : {}),
    ...(progress.onDownloaded ? { onDownloaded: progress.onDownloaded } : {}),
  };
  switch (input.kind) {
    case 'text':
      progress.onDownloaded?.();
      return readDatasetFileInParts(input.text, input.name, parts);
    case 'address': {
      const opened = await (options.opened ??
        openDatasetStream(input.url, { ...fetchOptions, maxBytes: maxStreamedBytes }));
      if (!opened.ok) return fileFailure(opened.summary);
      return readDatasetStream(opened.body, parts, {
        ...stream,
        totalBytes: opened.totalBytes,
        interrupted: interruptedSummary(),
      });
    }
    case 'file': {
      const { file } = input;
      if (file.size > maxStreamedBytes)
        return fileFailure(tooLargeSummary(file.size, true, maxStreamedBytes));
      let body: ReadableStream<Uint8Array>;
      try {
        body = file.stream();
      } catch {
        return fileFailure(t('article.unreadableFile'));
      }
      return readDatasetStream(body, parts, {
        ...stream,
        totalBytes: file.size,
        interrupted: t('article.unreadableFile'),
      });
    }
  }
}
