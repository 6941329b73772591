import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../schema/dataset';
import { progressRelay } from './progressRelay';

const part = (title: string): Dataset =>
  ({ version: 1, title, events: [], actors: [], sources: [] }) as unknown as Dataset;

/** A listener that writes down each call, in order. */
function recorder() {
  const calls: string[] = [];
  return {
    calls,
    listener: {
      onBytes: (loaded: number, total: number | null) => calls.push(`bytes ${loaded}/${total}`),
      onDownloaded: () => calls.push('downloaded'),
      onChecked: (checked: number, total: number | null) => calls.push(`checked ${checked}/${total}`),
      onArriving: (soFar: Dataset) => calls.push(`arriving ${soFar.title}`),
    },
  };
}

describe('progressRelay', () => {
  it('hands a late listener where the load is, once, in the order the load got there', () => {
    const relay = progressRelay();
    relay.progress.onBytes(10, 100);
    relay.progress.onChecked(5, null);
    relay.progress.onArriving(part('first part'));
    relay.progress.onBytes(60, 100);
    relay.progress.onArriving(part('second part'));
    relay.progress.onChecked(20, null);
    const { calls, listener } = recorder();
    relay.attach(listener);
    expect(calls).toEqual(['bytes 60/100', 'arriving second part', 'checked 20/null']);
  });

  it('shows no part to a listener that comes once the file is whole: the whole follows', () => {
    const relay = progressRelay();
    relay.progress.onArriving(part('a part'));
    relay.progress.onBytes(100, 100);
    relay.progress.onDownloaded();
    relay.progress.onChecked(40, 40);
    const { calls, listener } = recorder();
    relay.attach(listener);
    expect(calls).toEqual(['bytes 100/100', 'downloaded', 'checked 40/40']);
  });

  it('says nothing of what has not happened, then passes on every step as it comes', () => {
    const relay = progressRelay();
    relay.progress.onBytes(1, null);
    const { calls, listener } = recorder();
    relay.attach(listener);
    relay.progress.onBytes(2, null);
    relay.progress.onChecked(1, null);
    relay.progress.onChecked(2, null);
    relay.progress.onDownloaded();
    expect(calls).toEqual(['bytes 1/null', 'bytes 2/null', 'checked 1/null', 'checked 2/null', 'downloaded']);
  });
});
