// The page's side of the dataset worker, against a fake worker: the dataset is assembled from its
// parts, searches are matched to their answers, and a worker that breaks or is stopped never leaves
// a load or a search waiting for ever.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetFixture } from '../../testing/datasetFixture';
import { startDatasetParser, type ParserWorker, type WorkerReply, type WorkerRequest } from './datasetParser';
import type { FileFacts } from './readDatasetFile';
import { FIRST_SHOWN_AFTER_MS, SHOWN_EVERY_MS } from './arrivalPace';

class FakeWorker implements ParserWorker {
  onmessage: ParserWorker['onmessage'] = null;
  onerror: ParserWorker['onerror'] = null;
  readonly sent: WorkerRequest[] = [];
  terminated = false;

  postMessage(message: WorkerRequest): void {
    this.sent.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(data: WorkerReply): void {
    this.onmessage?.call(this as unknown as Worker, { data } as MessageEvent<WorkerReply>);
  }

  break(): void {
    this.onerror?.call(this as unknown as Worker, { preventDefault() {} } as ErrorEvent);
  }
}

const fixture = datasetFixture();
const fixtureText = JSON.stringify(fixture);
const { events, ...head } = fixture;
const NEWSLINE: FileFacts = { format: 'newsline', notes: [] };

function start() {
  const worker = new FakeWorker();
  const parser = startDatasetParser(() => worker);
  const progress: [number, number | null][] = [];
  const parsed = parser.parse(
    { kind: 'text', text: fixtureText, name: 'fixture.json' },
    { onChecked: (checked, total) => progress.push([checked, total]) },
  );
  return { worker, parser, parsed, progress };
}

function searchesSent(worker: FakeWorker): WorkerRequest[] {
  return worker.sent.filter((message) => message.kind === 'search');
}

/** The worker's side of a whole, valid parse. */
function deliverFixture(worker: FakeWorker): void {
  worker.reply({ kind: 'head', head });
  worker.reply({ kind: 'events', events });
  worker.reply({ kind: 'done', outcome: { ok: true, skipped: [], ...NEWSLINE } });
}

describe('startDatasetParser', () => {
  it('assembles the dataset from the parts the worker hands over, with its progress', async () => {
    const { worker, parsed, progress } = start();
    expect(worker.sent).toEqual([
      {
        kind: 'parse',
        input: { kind: 'text', text: fixtureText, name: 'fixture.json' },
        // The worker words what is wrong with the file in the page's language.
        locale: { language: 'en', formatLocale: 'en-GB' },
      },
    ]);
    worker.reply({ kind: 'head', head });
    worker.reply({ kind: 'progress', checked: 6, total: 8 });
    worker.reply({ kind: 'events', events: events.slice(0, 2) });
    worker.reply({ kind: 'events', events: events.slice(2) });
    worker.reply({ kind: 'done', outcome: { ok: true, skipped: [], ...NEWSLINE } });
    const { result } = await parsed;
    expect(result).toEqual({ ok: true, dataset: fixture, skipped: [], ...NEWSLINE });
    expect(progress).toEqual([[6, 8]]);
    expect(worker.terminated).toBe(false); // kept for searches
  });

  it('marks where the file is in, once, and tells the page', () => {
    performance.clearMarks('newsline:downloaded');
    const worker = new FakeWorker();
    let told = 0;
    void startDatasetParser(() => worker).parse(
      { kind: 'text', text: fixtureText, name: 'fixture.json' },
      { onDownloaded: () => told++ },
    );
    worker.reply({ kind: 'downloaded' });
    expect(performance.getEntriesByName('newsline:downloaded', 'mark')).toHaveLength(1);
    expect(told).toBe(1);
  });

  it('leaves the dataset it gave whole when its worker is stopped (an edited copy takes over)', async () => {
    const { worker, parser, parsed } = start();
    deliverFixture(worker);
    const { result } = await parsed;
    parser.dispose();
    expect(worker.terminated).toBe(true);
    expect(result.ok && result.dataset.events).toEqual(fixture.events);
  });

  it('matches each search to its own answer', async () => {
    const { worker, parsed } = start();
    deliverFixture(worker);
    const { search } = await parsed;
    const first = search('ann');
    const second = search('bureau');
    await vi.waitFor(() => expect(searchesSent(worker)).toHaveLength(2));
    expect(searchesSent(worker)).toEqual([
      { kind: 'search', id: 0, query: 'ann' },
      { kind: 'search', id: 1, query: 'bureau' },
    ]);
    worker.reply({ kind: 'search-result', id: 1, result: { ids: ['late'], terms: ['bureau'] } });
    worker.reply({ kind: 'search-result', id: 0, result: { ids: ['early'], terms: ['ann'] } });
    expect(await first).toEqual({ ids: new Set(['early']), terms: ['ann'] });
    expect(await second).toEqual({ ids: new Set(['late']), terms: ['bureau'] });
  });

  it('hands the worker the events’ searched text with the first search only, once, before it', async () => {
    const { worker, parsed } = start();
    deliverFixture(worker);
    const { search } = await parsed;
    // Loaded, never searched: the worker holds no copy of the text.
    expect(worker.sent.map((message) => message.kind)).toEqual(['parse']);
    void search('ann');
    void search('bureau');
    await vi.waitFor(() => expect(searchesSent(worker)).toHaveLength(2));
    const kinds = worker.sent.map((message) => message.kind);
    expect(kinds.indexOf('search')).toBeGreaterThan(kinds.lastIndexOf('corpus'));
    const handed = worker.sent.flatMap((message) => (message.kind === 'corpus' ? message.documents : []));
    expect(handed.map((document) => document.id)).toEqual(events.map((event) => event.id));
    const withActor = events.find((event) => event.actorIds.length > 0)!;
    const actor = fixture.actors.find((candidate) => candidate.id === withActor.actorIds[0])!;
    expect(handed.find((document) => document.id === withActor.id)?.actors).toContain(actor.name);
  });

  it('passes on what is wrong with the file, and stops the worker', async () => {
    const { worker, parsed } = start();
    worker.reply({
      kind: 'done',
      outcome: { ok: false, summary: 'The file is not valid JSON.', problems: [], format: null, notes: [] },
    });
    expect((await parsed).result).toEqual({
      ok: false,
      summary: 'The file is not valid JSON.',
      problems: [],
      format: null,
      notes: [],
    });
    expect(worker.terminated).toBe(true);
  });

  it('parses on the page when the worker breaks while parsing', async () => {
    const { worker, parsed } = start();
    worker.reply({ kind: 'head', head });
    worker.break();
    const { result, search } = await parsed;
    expect(result.ok && result.dataset.events.map((event) => event.id)).toEqual(events.map((e) => e.id));
    expect((await search('Bureau'))?.ids.size).toBeGreaterThan(0);
  });

  it('searches on the page when the worker breaks after parsing, answering searches in flight', async () => {
    const { worker, parsed } = start();
    deliverFixture(worker);
    const { search } = await parsed;
    const inFlight = search('ann');
    await vi.waitFor(() => expect(searchesSent(worker)).toHaveLength(1));
    worker.break();
    expect(await inFlight).toBeNull();
    expect((await search('Bureau'))?.ids).toEqual(new Set(['middle', 'bound']));
  });

  it('settles a load that a newer one stopped, and its searches', async () => {
    const { worker, parser, parsed } = start();
    parser.dispose();
    expect(worker.terminated).toBe(true);
    const { result, search } = await parsed;
    expect(result).toMatchObject({ ok: false, summary: 'Loading was stopped.' });
    expect(await search('ann')).toBeNull();
  });
});

describe('the events so far of a large dataset', () => {
  afterEach(() => vi.useRealTimers());

  function arriving() {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const worker = new FakeWorker();
    const shown: { events: unknown[] }[] = [];
    const parsed = startDatasetParser(() => worker).parse(
      { kind: 'address', url: 'https://example.org/large.json', name: 'large.json' },
      { onArriving: (soFar) => shown.push(soFar) },
    );
    return { worker, shown, parsed };
  }

  it('are shown once the load has run a while, as a copy, then no more often than the pace', async () => {
    const { worker, shown, parsed } = arriving();
    worker.reply({ kind: 'head', head });
    worker.reply({ kind: 'events', events: events.slice(0, 1) });
    vi.advanceTimersByTime(FIRST_SHOWN_AFTER_MS - 1);
    expect(shown).toEqual([]); // too soon: a small file is whole a moment later
    worker.reply({ kind: 'events', events: events.slice(1, 2) });
    vi.advanceTimersByTime(1);
    expect(shown).toEqual([{ ...head, events: events.slice(0, 2) }]);
    worker.reply({ kind: 'events', events: events.slice(2) });
    vi.advanceTimersByTime(SHOWN_EVERY_MS - 1);
    expect(shown).toHaveLength(1); // not again this soon
    expect(shown[0]!.events).toHaveLength(2); // a copy: the list kept grew, what was shown did not
    worker.reply({ kind: 'done', outcome: { ok: true, skipped: [], ...NEWSLINE } });
    vi.advanceTimersByTime(SHOWN_EVERY_MS);
    expect(shown).toHaveLength(1); // whole now: nothing more in parts
    const { result } = await parsed;
    expect(result.ok && result.dataset.events).toEqual(events);
  });

  it('are not shown once the whole file is in: the rest is moments away', () => {
    const { worker, shown } = arriving();
    worker.reply({ kind: 'head', head });
    worker.reply({ kind: 'downloaded' });
    worker.reply({ kind: 'events', events });
    vi.advanceTimersByTime(10 * SHOWN_EVERY_MS);
    expect(shown).toEqual([]);
  });
});
