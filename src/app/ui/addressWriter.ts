// The address bar follows the view once the frame the reader waits for is painted: a history entry
// costs Chromium 2–3 ms to write, in the very task of the click that changed the view. Changes made
// before the write are written as one, and an entry is added if any of them asked for one.

export type AddressWrite = 'push' | 'replace';

export interface AddressWriter {
  /** Writes `url` (path, search and hash) soon, as a new history entry or in place of the current one. */
  write(url: string, how: AddressWrite): void;
  /** Writes what is waiting now (the page is being left or hidden). */
  flush(): void;
  /** Forgets what is waiting: Back or Forward moved the page to another entry. */
  drop(): void;
  /** The address the page is at, or will be once what is waiting is written. */
  current(): URL;
}

interface AddressWriterDeps {
  history: Pick<History, 'pushState' | 'replaceState'>;
  location: Pick<Location, 'href'>;
  /** Runs `work` later; returns a function that cancels it. */
  schedule: (work: () => void) => () => void;
}

export function createAddressWriter({ history, location, schedule }: AddressWriterDeps): AddressWriter {
  let waiting: { url: string; push: boolean } | null = null;
  let cancel: (() => void) | null = null;
  const drop = () => {
    cancel?.();
    cancel = null;
    waiting = null;
  };
  const flush = () => {
    const write = waiting;
    drop();
    if (!write) return;
    if (write.push) history.pushState(null, '', write.url);
    else history.replaceState(null, '', write.url);
  };
  return {
    write(url, how) {
      waiting = { url, push: how === 'push' || (waiting?.push ?? false) };
      cancel ??= schedule(flush);
    },
    flush,
    drop,
    current: () => new URL(waiting?.url ?? location.href, location.href),
  };
}
