// A dataset read as its bytes arrive gives what the same file read whole gives, checks events before
// the file has ended, and keeps its limits: the larger one only for Newsline JSON with its events last.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetToJson } from '../../schema/datasetJson';
import type { TimelineEvent } from '../../schema/dataset';
import { datasetFixture } from '../../testing/datasetFixture';
import { parseDataset } from './parseDataset';
import { readDatasetStream, type StreamOptions } from './readDatasetStream';

const encode = (text: string) => new TextEncoder().encode(text);

/** A stream that gives the text in chunks of the given sizes (cycled), counting what was pulled. */
function chunked(text: string, sizes: readonly number[] = [64]) {
  const bytes = encode(text);
  let at = 0;
  let pulls = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      const size = Math.max(1, sizes[pulls++ % sizes.length]!);
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
  return { stream, pulled: () => at, length: bytes.length };
}

async function read(text: string, options: Partial<StreamOptions> & { sizes?: number[] } = {}) {
  const { sizes, ...rest } = options;
  const source = chunked(text, sizes);
  const events: TimelineEvent[] = [];
  const order: string[] = [];
  let head: unknown = null;
  const outcome = await readDatasetStream(
    source.stream,
    {
      onHead: (value) => {
        head = value;
        order.push('head');
      },
      onEvents: (chunk) => {
        events.push(...chunk);
        order.push(`events at byte ${source.pulled()}`);
      },
    },
    { name: 'harbour.json', totalBytes: null, interrupted: 'cut off', batchBytes: 64, ...rest },
  );
  return { outcome, events, head, order, pulled: source.pulled(), length: source.length };
}

/** The fixture with more events, each a little different, written as Newsline writes it. */
function largerFile(count: number): string {
  const dataset = datasetFixture();
  const template = dataset.events[0]!;
  const events = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `harbour-event-${i}`,
    title: `Harbour event ${i}`,
  }));
  return datasetToJson({ ...dataset, events });
}

describe('readDatasetStream', () => {
  it('keeps the media of the title slide and of each event, as the file read whole does', async () => {
    const fixture = datasetFixture();
    const picture = {
      kind: 'image' as const,
      url: 'https://photos.example.net/quay.jpg',
      alt: 'The quay at low tide, boats on the mud',
      credit: 'Photo: Ada Quill',
    };
    const text = datasetToJson({
      ...fixture,
      media: { kind: 'link', url: 'https://video.example.net/harbour', label: 'The harbour film' },
      events: fixture.events.map((event, i) => (i === 1 ? { ...event, media: picture } : event)),
    });
    const { outcome, events, head } = await read(text, { sizes: [7, 64] });
    expect(outcome).toMatchObject({ ok: true, skipped: [] });
    expect(head).toMatchObject({ media: { kind: 'link', label: 'The harbour film' } });
    expect(events[1]!.media).toEqual(picture);
    const whole = parseDataset(text);
    expect(whole.ok && whole.dataset.events.map((event) => event.media)).toEqual(
      events.map((event) => event.media),
    );
  });

  it('checks events while the file is still arriving, as Newsline writes it', async () => {
    // More events than are handed over at a time (5,000), so the first ones come before the end.
    const count = 8_000;
    const text = largerFile(count);
    const { outcome, events, order, length } = await read(text, {
      sizes: [64 * 1024],
      batchBytes: 256 * 1024,
    });
    expect(outcome).toMatchObject({ ok: true, format: 'newsline', skipped: [] });
    expect(events.map((event) => event.id)).toEqual(
      Array.from({ length: count }, (_, i) => `harbour-event-${i}`),
    );
    // The head comes before the events (its own fields so far are valid, so a page can show the
    // events as they come), and again once the file has ended, whole (fields may follow the events).
    expect(order[0]).toBe('head');
    expect(order.filter((step) => step === 'head')).toHaveLength(2);
    expect(order.lastIndexOf('head')).toBeGreaterThan(1);
    const firstHandedOverAt = Number(/byte (\d+)/.exec(order[1]!)?.[1]);
    expect(firstHandedOverAt).toBeLessThan(length);
  });

  it('hands the head over only at the end when its own fields so far are not yet valid', async () => {
    // The title after the events: nothing to show the events under until the file has ended.
    const { events, ...rest } = JSON.parse(largerFile(6_000)) as Record<string, unknown>;
    delete rest.title;
    const titleAfter = JSON.stringify({ ...rest, events, title: 'Harbour, late title' });
    const { outcome, head, order } = await read(titleAfter, { sizes: [64 * 1024], batchBytes: 256 * 1024 });
    expect(outcome).toMatchObject({ ok: true });
    expect(order.filter((step) => step === 'head')).toHaveLength(1);
    expect(order.indexOf('head')).toBeGreaterThan(0);
    expect(head).toMatchObject({ title: 'Harbour, late title' });
  });

  it('gives what reading the whole text gives, however the bytes are cut', async () => {
    const dataset = {
      ...datasetFixture(),
      eras: [{ id: 'harbour-works', title: 'The harbour works', start: '2024-11', end: '2025' }],
    };
    const bad = { ...dataset.events[1]!, actorIds: ['nobody'] };
    const twice = { ...dataset.events[2]! };
    const text = datasetToJson(dataset).replace(
      /"events": \[/,
      `"events": [${JSON.stringify(twice)}, ${JSON.stringify(bad)}, {"id": "Bad Id"},`,
    );
    const whole = parseDataset(text);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 4 }),
        async (sizes) => {
          const { outcome, events, head } = await read(text, { sizes, batchBytes: 50 });
          if (!whole.ok || !outcome.ok) throw new Error('both must load');
          const { events: wholeEvents, ...wholeHead } = whole.dataset;
          expect(events).toEqual(wholeEvents);
          expect(head).toEqual(wholeHead);
          expect(wholeHead.eras).toEqual(dataset.eras);
          expect(outcome.skipped).toEqual(whole.skipped);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('locates a bad event by its place in the whole file, in any batch', async () => {
    const text = largerFile(60).replace('"id": "harbour-event-57"', '"id": "harbour-event-3"');
    const { outcome } = await read(text, { batchBytes: 200 });
    expect(outcome.ok && outcome.skipped).toEqual([
      {
        path: 'events[57] (id "harbour-event-3").id',
        message: 'duplicate id "harbour-event-3": only the first is kept',
      },
    ]);
  });

  it('allows Newsline JSON with its events last past the limit of files read whole', async () => {
    const text = largerFile(50);
    const { outcome } = await read(text, { maxBytes: 2_000, maxStreamedBytes: 1_000_000 });
    expect(outcome.ok).toBe(true);
    // Its size known beforehand (a file, a Content-Length) changes nothing.
    const sized = await read(text, { totalBytes: text.length, maxBytes: 2_000, maxStreamedBytes: 1_000_000 });
    expect(sized.outcome.ok).toBe(true);
    const over = await read(text, { maxBytes: 2_000, maxStreamedBytes: 5_000 });
    expect(over.outcome).toMatchObject({
      ok: false,
      summary: expect.stringMatching(/^The dataset is over 0 MB/),
    });
    expect(over.pulled).toBeLessThan(text.length);
  });

  it('reads a file whose events come first whole, within the smaller limit', async () => {
    const dataset = datasetFixture();
    const { events, ...head } = dataset;
    const text = JSON.stringify({ events, ...head });
    const { outcome, events: read1 } = await read(text);
    expect(outcome.ok).toBe(true);
    expect(read1).toEqual(events);
    const refused = await read(text, { maxBytes: 500 });
    expect(refused.outcome).toMatchObject({
      ok: false,
      summary: expect.stringMatching(/^The dataset is over/),
    });
    expect(refused.pulled).toBeLessThan(text.length);
  });

  it('reads TimelineJS JSON and CSV like any file', async () => {
    const timeline = JSON.stringify({
      title: { text: { headline: 'Harbour' } },
      events: [{ start_date: { year: 2024, month: 5 }, text: { headline: 'Ferry returns' } }],
    });
    const json = await read(timeline, { sizes: [7] });
    expect(json.outcome).toMatchObject({ ok: true, format: 'timelinejs' });
    expect(json.events.map((event) => event.title)).toEqual(['Ferry returns']);
    const csv = await read('Year,Month,Headline\n2024,5,Ferry returns\n', { sizes: [5] });
    expect(csv.outcome).toMatchObject({ ok: true, format: 'csv' });
    expect(csv.events.map((event) => event.title)).toEqual(['Ferry returns']);
  });

  it('stops reading a dataset of another schema version as soon as its head says so', async () => {
    const text = largerFile(200).replace('"schemaVersion": 1', '"schemaVersion": 7');
    const { outcome, pulled } = await read(text, { sizes: [100] });
    expect(outcome).toMatchObject({ ok: false, summary: expect.stringContaining('schemaVersion 7') });
    expect(pulled).toBeLessThan(text.length / 2);
  });

  it('checks fields after the events list with the dataset’s own', async () => {
    const text = largerFile(3).replace(/\n}\n$/, ',\n  "description": "A quiet harbour."\n}\n');
    const { outcome, head } = await read(text);
    expect(outcome.ok).toBe(true);
    expect(head).toMatchObject({ title: 'Fixture', description: 'A quiet harbour.' });
    const wrong = await read(text.replace('"description"', '"colour"'));
    expect(wrong.outcome).toMatchObject({
      ok: false,
      summary: 'The file is not a valid Newsline dataset (1 problem).',
    });
  });

  it('says when the JSON breaks, and when the bytes stop coming', async () => {
    const broken = await read(largerFile(20).replace('"Harbour event 9"', '"Harbour event 9",,'));
    expect(broken.outcome).toMatchObject({ ok: false, summary: 'The file is not valid JSON.' });
    const cut = await read(largerFile(20).slice(0, 900));
    expect(cut.outcome).toMatchObject({ ok: false, summary: 'The file is not valid JSON.' });
    const failing = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encode('{"schemaVersion": 1, "sources": [], "actors": [], "events": ['));
        controller.error(new TypeError('network lost'));
      },
    });
    expect(
      await readDatasetStream(failing, {}, { name: 'x.json', totalBytes: null, interrupted: 'cut off' }),
    ).toMatchObject({ ok: false, summary: 'cut off' });
  });

  it('reads a file whose own fields come after its events, as JSON.parse would', async () => {
    const { events, sources, actors, schemaVersion, ...fields } = datasetFixture();
    const text = JSON.stringify({ sources, actors, schemaVersion, events, ...fields, title: 'Late title' });
    const { outcome, head } = await read(text, { sizes: [16] });
    expect(outcome).toMatchObject({ ok: true, format: 'newsline' });
    expect(head).toMatchObject({ title: 'Late title' });
    // A wrong field that came first stops the read without waiting for the events.
    const wrong = await read(JSON.stringify({ sources, actors, schemaVersion: 1, colour: 'red', events }), {
      sizes: [16],
    });
    expect(wrong.outcome).toMatchObject({
      ok: false,
      problems: [{ path: '', message: expect.stringContaining('colour') }],
    });
  });

  it('locates many bad events across many batches, each by its own place', async () => {
    const text = largerFile(300).replace(/"actorIds": \[\s*"ann"\s*\]/g, '"actorIds": ["nobody"]');
    const { outcome } = await read(text, { batchBytes: 512 });
    expect(outcome).toMatchObject({ ok: false, summary: 'None of the file’s events is valid.' });
    const problems = outcome.ok ? [] : outcome.problems;
    expect(problems).toHaveLength(51); // 50 shown, then "…and 250 more"
    expect(problems[49]).toEqual({
      path: 'events[49] (id "harbour-event-49").actorIds[0]',
      message: 'unknown actor "nobody"',
    });
  });

  it('tells JSON from text by the first byte that counts, however the file begins', async () => {
    const text = `\uFEFF  \n  ${largerFile(20)}`;
    for (const sizes of [[1], [2], [3, 1], [5]]) {
      const { outcome } = await read(text, { sizes, maxBytes: 1_000, maxStreamedBytes: 1_000_000 });
      expect(outcome, `chunks of ${sizes.join(',')}`).toMatchObject({ ok: true, format: 'newsline' });
    }
  });

  it('refuses a second "events" list, which JSON.parse would have taken instead', async () => {
    const text = largerFile(3).replace(/\n}\n$/, ',\n  "events": [{"id": "other"}]\n}\n');
    expect((await read(text)).outcome).toMatchObject({
      ok: false,
      summary: 'The file has two "events" lists; a Newsline dataset has one.',
    });
  });

  it('refuses a file read whole that is over its limit by its size, before reading it', async () => {
    const csv = `Year,Month,Headline\n${'2024,5,Ferry returns\n'.repeat(200)}`;
    const { outcome, pulled } = await read(csv, { sizes: [10], totalBytes: csv.length, maxBytes: 1_000 });
    expect(outcome).toMatchObject({
      ok: false,
      summary: expect.stringMatching(
        /^The dataset is 0 MB; Newsline reads datasets up to 0 MB \(its own JSON/,
      ),
    });
    expect(pulled).toBeLessThan(100);
  });
});
