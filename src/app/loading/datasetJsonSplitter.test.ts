import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetJsonSplitter, FIRST_BATCH_BYTES } from './datasetJsonSplitter';

const encode = (text: string) => new TextEncoder().encode(text);

/** Feeds the text in chunks of the given sizes (cycled), and gathers what the splitter gives. */
function split(text: string, chunkSizes: readonly number[] = [text.length], batchBytes = 64) {
  const events: unknown[] = [];
  let batches = 0;
  const splitter = new DatasetJsonSplitter((batch) => {
    batches++;
    events.push(...batch);
  }, batchBytes);
  const bytes = encode(text);
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = Math.max(1, chunkSizes[i % chunkSizes.length]!);
    splitter.push(bytes.subarray(at, at + size));
    at += size;
  }
  return { ...splitter.end(), events, batches };
}

describe('DatasetJsonSplitter', () => {
  it('hands over a small first batch, then batches of the size asked for', () => {
    const event = (n: number) => ({ id: `e${n}`, summary: 'word '.repeat(200) });
    const events = Array.from({ length: 1_000 }, (_, n) => event(n));
    const text = JSON.stringify({ title: 'Long file', events });
    const sizes: number[] = [];
    const splitter = new DatasetJsonSplitter((batch) => sizes.push(JSON.stringify(batch).length), 512 * 1024);
    const bytes = encode(text);
    for (let at = 0; at < bytes.length; at += 16 * 1024) splitter.push(bytes.subarray(at, at + 16 * 1024));
    splitter.end();
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(sizes[0]).toBeLessThan(FIRST_BATCH_BYTES + 16 * 1024);
    expect(sizes[1]).toBeGreaterThanOrEqual(512 * 1024);
  });

  it('hands over the events and parses the rest with an empty events list', () => {
    const file = {
      actors: [{ id: 'a', name: 'Ann "the [first]" \\ Lee' }],
      events: [
        { id: 'e1', title: 'A } tricky ] title, with "quotes"' },
        { id: 'e2', nested: [[1], { x: [] }] },
      ],
      schemaVersion: 1,
      title: 'Harbour news',
    };
    const result = split(JSON.stringify(file, null, 2), [7, 3, 11]);
    expect(result.events).toEqual(file.events);
    expect(result.head).toEqual({ ...file, events: [] });
    expect(result.eventCount).toBe(2);
  });

  it('parses events in batches as they arrive, not all at the end', () => {
    const events = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, title: `Event number ${i}` }));
    const result = split(JSON.stringify({ events, title: 't' }), [50], 100);
    expect(result.events).toEqual(events);
    expect(result.batches).toBeGreaterThan(5);
  });

  it('shows what came before the events list as soon as the list begins', () => {
    const seen: unknown[] = [];
    const splitter = new DatasetJsonSplitter(
      () => seen.push('events'),
      16,
      (head) => seen.push(head),
    );
    splitter.push(encode('{"title": "t", "actors": [{"id": "a"}], "events": [{"id": "e1"}, {"id": "e2"},'));
    expect(seen).toEqual([{ title: 't', actors: [{ id: 'a' }], events: [] }, 'events']);
    splitter.push(encode(' {"id": "e3"}], "note": "after"}'));
    expect(splitter.end().head).toEqual({ title: 't', actors: [{ id: 'a' }], events: [], note: 'after' });
  });

  it('leaves a nested "events" key and a string "events" value alone', () => {
    const file = { sources: [{ events: [1, 2] }], note: 'events', events: [{ id: 'x' }] };
    const result = split(JSON.stringify(file), [1]);
    expect(result.events).toEqual([{ id: 'x' }]);
    expect(result.head).toEqual({ ...file, events: [] });
  });

  it('keeps a file without an events list whole', () => {
    const result = split('{"title": "no events", "items": [1, 2]}', [4]);
    expect(result.head).toEqual({ title: 'no events', items: [1, 2] });
    expect(result.events).toEqual([]);
  });

  it('reads multi-byte characters split across chunks', () => {
    const file = { events: [{ title: 'Kabul — 𝕏 ሀ “quoted”' }] };
    expect(split(JSON.stringify(file), [1]).events).toEqual(file.events);
  });

  it('refuses a file cut short, and broken JSON', () => {
    expect(() => split('{"events": [{"id": "a"}, {"id"')).toThrow(SyntaxError);
    expect(() => split('{"events": [{"id": "a",}]}')).toThrow(SyntaxError);
  });

  it('refuses a missing, doubled or stray comma between events, wherever the batches fall', () => {
    const broken = [
      '{"events": [{"id": "a"}, {"id": "b"},]}', // after the last
      '{"events": [{"id": "a"} {"id": "b"}]}', // none between
      '{"events": [, {"id": "a"}]}', // before the first
      '{"events": [{"id": "a"},, {"id": "b"}]}', // doubled
    ];
    for (const text of broken) {
      expect(() => JSON.parse(text)).toThrow(SyntaxError);
      for (const [chunkSize, batchBytes] of [
        [text.length, 64],
        [1, 1],
        [3, 8],
        [7, 20],
      ]) {
        expect(() => split(text, [chunkSize!], batchBytes), `${text} in chunks of ${chunkSize}`).toThrow(
          SyntaxError,
        );
      }
    }
  });

  it('gives what JSON.parse gives, or fails where it fails, for any events list with a byte changed', () => {
    const separators = fc.constantFrom(',', ' ', ',,', '', ', ');
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.string({ maxLength: 4 }) }), { maxLength: 6 }),
        fc.array(separators, { minLength: 7, maxLength: 7 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 40 }),
        (events, between, chunkSize, batchBytes) => {
          const list = events.map((event) => JSON.stringify(event));
          const text = `{"title": "t", "events": [${between[0]}${list.map((item, i) => `${item}${i < list.length - 1 ? between[i + 1] : between[6]}`).join('')}]}`;
          let expected: unknown;
          try {
            expected = JSON.parse(text);
          } catch {
            expect(() => split(text, [chunkSize], batchBytes)).toThrow(SyntaxError);
            return;
          }
          expect(split(text, [chunkSize], batchBytes).events).toEqual(
            (expected as { events: unknown[] }).events,
          );
        },
      ),
    );
  });

  it('gives what JSON.parse gives, for any dataset-like file cut anywhere', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
    const record = fc.dictionary(
      fc.string({ maxLength: 8 }),
      fc.oneof(value, fc.array(value, { maxLength: 3 })),
    );
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 12 }),
        record,
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
        fc.nat(),
        (events, rest, chunkSizes, position) => {
          // The events list anywhere among the other keys.
          const entries: [string, unknown][] = Object.entries(rest).filter(([key]) => key !== 'events');
          const head = Object.fromEntries(entries);
          entries.splice(position % (entries.length + 1), 0, ['events', events]);
          const file = Object.fromEntries(entries);
          const result = split(JSON.stringify(file), chunkSizes, 32);
          expect(result.events).toEqual(events);
          expect(result.head).toEqual(JSON.parse(JSON.stringify({ ...head, events: [] })));
        },
      ),
    );
  });
});
