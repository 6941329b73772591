// The sources' map is built while the page is idle, for the dataset on show only, and never once stopped.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetFixture } from '../../testing/datasetFixture';
import { useNewslineStore } from '../store/store';
import { warmLookupsWhenIdle } from './warmLookups';
import type * as RecordsById from '../model/recordsById';

const built = vi.hoisted(() => ({ lists: [] as unknown[] }));
vi.mock('../model/recordsById', async (importOriginal) => {
  const original = await importOriginal<typeof RecordsById>();
  return {
    recordsById: (records: readonly { id: string }[]) => {
      built.lists.push(records);
      return original.recordsById(records);
    },
  };
});

/** A schedule that holds the work until the test runs it, as an idle page would. */
function heldSchedule() {
  const pending: { work: () => void; cancelled: boolean }[] = [];
  const schedule = (work: () => void) => {
    const entry = { work, cancelled: false };
    pending.push(entry);
    return () => void (entry.cancelled = true);
  };
  const runIdle = () => pending.splice(0).forEach((entry) => entry.cancelled || entry.work());
  return { schedule, pending, runIdle };
}

const load = () =>
  useNewslineStore.getState().datasetLoaded(datasetFixture(), {
    url: '/data.json',
    from: 'address',
    format: 'newsline',
    skipped: [],
    notes: [],
  });

afterEach(() => {
  useNewslineStore.setState(useNewslineStore.getInitialState(), true);
  built.lists = [];
});

describe('warmLookupsWhenIdle', () => {
  it('builds the sources by id of a dataset that arrives once the page is idle, not before', () => {
    const { schedule, runIdle } = heldSchedule();
    const stop = warmLookupsWhenIdle(schedule);
    load();
    const { sources } = useNewslineStore.getState().dataset!;
    expect(built.lists).not.toContain(sources);
    runIdle();
    expect(built.lists).toContain(sources);
    stop();
  });

  it('warms a dataset already on show when it starts (a remount with a dataset loaded)', () => {
    load();
    const { sources } = useNewslineStore.getState().dataset!;
    const { schedule, runIdle } = heldSchedule();
    const stop = warmLookupsWhenIdle(schedule);
    expect(built.lists).not.toContain(sources);
    runIdle();
    expect(built.lists).toContain(sources);
    stop();
  });

  it('warms only the dataset on show: one replaced before the page was idle is skipped', () => {
    const { schedule, runIdle } = heldSchedule();
    const stop = warmLookupsWhenIdle(schedule);
    load();
    const first = useNewslineStore.getState().dataset!;
    load();
    const second = useNewslineStore.getState().dataset!;
    runIdle();
    expect(built.lists).not.toContain(first.sources);
    expect(built.lists).toContain(second.sources);
    stop();
  });

  it('once stopped, warms nothing, not even the work it had scheduled', () => {
    const { schedule, pending, runIdle } = heldSchedule();
    const stop = warmLookupsWhenIdle(schedule);
    load();
    const before = useNewslineStore.getState().dataset!;
    stop();
    load();
    const after = useNewslineStore.getState().dataset!;
    expect(pending).toHaveLength(1);
    runIdle();
    expect(built.lists).not.toContain(before.sources);
    expect(built.lists).not.toContain(after.sources);
  });
});
