// The address bar written after the frame: what is written, how, and when.
import { describe, expect, it } from 'vitest';
import { createAddressWriter } from './addressWriter';

function setUp(href = 'https://example.org/app/?lang=fr') {
  const writes: string[] = [];
  const location = { href };
  const scheduled: (() => void)[] = [];
  let cancelled = 0;
  const writer = createAddressWriter({
    location,
    history: {
      pushState: (_state, _title, url) => {
        writes.push(`push ${url}`);
        location.href = new URL(String(url), location.href).href;
      },
      replaceState: (_state, _title, url) => {
        writes.push(`replace ${url}`);
        location.href = new URL(String(url), location.href).href;
      },
    },
    schedule: (work) => {
      scheduled.push(work);
      return () => cancelled++;
    },
  });
  const runScheduled = () => scheduled.splice(0).forEach((work) => work());
  return { writer, writes, location, runScheduled, scheduled, cancelled: () => cancelled };
}

describe('createAddressWriter', () => {
  it('writes nothing in the task of the change, then the entry once scheduled work runs', () => {
    const { writer, writes, runScheduled } = setUp();
    writer.write('/app/?actors=a', 'push');
    expect(writes).toEqual([]);
    expect(writer.current().search).toBe('?actors=a');
    runScheduled();
    expect(writes).toEqual(['push /app/?actors=a']);
  });

  it('writes changes made before it as one, an entry if any of them asked for one', () => {
    const { writer, writes, scheduled, runScheduled } = setUp();
    writer.write('/app/?actors=a', 'push');
    writer.write('/app/?actors=a&q=x', 'replace');
    expect(scheduled).toHaveLength(1);
    runScheduled();
    expect(writes).toEqual(['push /app/?actors=a&q=x']);
    writer.write('/app/?q=y', 'replace');
    runScheduled();
    expect(writes.at(-1)).toBe('replace /app/?q=y');
  });

  it('writes at once when flushed, and only once', () => {
    const { writer, writes, runScheduled, cancelled } = setUp();
    writer.write('/app/?event=e1', 'push');
    writer.flush();
    expect(writes).toEqual(['push /app/?event=e1']);
    expect(cancelled()).toBe(1);
    runScheduled();
    writer.flush();
    expect(writes).toHaveLength(1);
  });

  it('forgets what waits when dropped, and says the page is where it is', () => {
    const { writer, writes, runScheduled } = setUp('https://example.org/app/?event=back');
    writer.write('/app/?event=new', 'push');
    writer.drop();
    runScheduled();
    expect(writes).toEqual([]);
    expect(writer.current().href).toBe('https://example.org/app/?event=back');
  });
});
