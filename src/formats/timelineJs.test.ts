// The TimelineJS converters on hand-written files in TimelineJS's documented format, and round trips.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../app/loading/parseDataset';
import type { Actor, Dataset, EventDate, TimelineEvent } from '../schema/dataset';
import { isUndated } from '../schema/undated';
import { ID_PATTERN } from '../schema/id';
import { comparePartialDates } from '../schema/partialDate';
import { partialDate } from '../testing/arbitraries';
import { fromTimelineJs, toTimelineJs, type Conversion } from './timelineJs';

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/timelinejs.json', import.meta.url), 'utf8'),
) as unknown;

function converted(raw: unknown = fixture, name = 'airlift.json'): Conversion {
  const result = fromTimelineJs(raw, name);
  if ('error' in result) throw new Error(result.error);
  return result;
}

const byTitle = (dataset: Dataset, title: string) => dataset.events.find((event) => event.title === title);

describe('fromTimelineJs', () => {
  it('keeps each date to its precision: a year stays a year, a month a month', () => {
    const { dataset } = converted();
    expect(byTitle(dataset, 'Twenty years of war')?.date).toEqual({
      basis: 'stated',
      start: '2001',
      end: '2021',
      approximate: true,
      phrase: 'c. 2001 – 2021',
    });
    expect(byTitle(dataset, 'Evacuation begins')?.date).toMatchObject({
      start: '2021-08',
      approximate: false,
    });
    expect(byTitle(dataset, 'Attack at the airport gate')?.date).toMatchObject({ start: '2021-08-26' });
  });

  it('turns HTML into plain text, leaving scripts out, and titles a headline-less event from its text', () => {
    const { dataset } = converted();
    expect(dataset.title).toBe('The Kabul airlift');
    expect(dataset.description).toBe('Two weeks in August 2021 — as reported.');
    expect(byTitle(dataset, 'Evacuation begins')?.summary).toBe(
      'Flights out of Kabul & beyond.\n\nSecond paragraph\nwith a break.',
    );
    const untitled = dataset.events.find((event) => event.summary.startsWith('The last plane'));
    expect(untitled?.title).toBe('The last plane leaves Kabul before midnight, ending the airlift.');
  });

  it('makes each group an actor of kind group, shared by its events', () => {
    const { dataset } = converted();
    expect(dataset.actors).toEqual([
      { id: 'military', name: 'Military', kind: 'group', aliases: [] },
      { id: 'security', name: 'Security', kind: 'group', aliases: [] },
    ]);
    expect(byTitle(dataset, 'Evacuation begins')?.actorIds).toEqual(['military']);
  });

  it('rests every event on its text in the timeline, as its source excerpt', () => {
    const { dataset } = converted();
    expect(dataset.sources).toEqual([
      { id: 'timelinejs', publisher: null, title: 'The Kabul airlift', url: null, published: null },
    ]);
    for (const event of dataset.events) {
      expect(event.sources).toEqual([{ sourceId: 'timelinejs', excerpt: event.summary }]);
    }
  });

  it('says what it could not keep, and which events it left out and why', () => {
    const { dataset, notes } = converted();
    expect(dataset.events).toHaveLength(5);
    expect(notes).toEqual(
      expect.arrayContaining([
        'left out events[4]: start_date has the year -500: Newsline places years 0 to 9999 only',
        'left out events[5]: has no start_date, so it cannot be placed in time',
        'left out events[6]: start_date 2021-02-30 is not a real calendar date',
        '1 event with a time of day (Newsline dates go to the day)',
        'kept as a link (opens in a new tab), not shown as a picture: the title slide: an image without alt text',
        'kept as a link (opens in a new tab), not shown as a picture: events[1]: a youtube media item',
        '1 event with a background',
        '1 event with an unknown field "tags"',
        '1 event with no headline (titled from its text)',
      ]),
    );
  });

  it('reads eras as eras: dates to their precision, headline and text; a bad one left out and named', () => {
    const { dataset, notes } = converted({
      events: [{ start_date: { year: 2021 }, text: { headline: 'One' } }],
      eras: [
        { start_date: { year: '2001' }, end_date: { year: '2021' }, text: { headline: 'Occupation' } },
        {
          start_date: { year: 2020, month: 2, day: 29 },
          end_date: { year: 2021, month: 8 },
          text: { headline: '<b>Doha</b> deal', text: '<p>Talks &amp; troops out</p>' },
        },
        { start_date: { year: 2022 }, end_date: { year: 2021 }, text: { headline: 'Backwards' } },
        { start_date: { year: 2022 }, text: { headline: 'Open-ended' } },
      ],
    });
    expect(dataset.eras).toEqual([
      { id: 'occupation', title: 'Occupation', start: '2001', end: '2021' },
      {
        id: 'doha-deal',
        title: 'Doha deal',
        start: '2020-02-29',
        end: '2021-08',
        description: 'Talks & troops out',
      },
    ]);
    expect(notes).toEqual(
      expect.arrayContaining([
        'left out eras[2]: ends (2021) before it starts (2022)',
        'left out eras[3]: an era needs a start_date and an end_date',
      ]),
    );
    expect(notes.join()).not.toContain('not kept: Newsline has no eras');
  });

  it('keeps unique ids as event ids, and makes repeated ones unique', () => {
    const ids = converted().dataset.events.map((event) => event.id);
    expect(ids).toContain('twenty-years');
    expect(ids).toContain('twenty-years-2');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("reads bounds in any browser's month names, and keeps words of its own as the phrase", () => {
    const events = [
      {
        start_date: { year: 2025, month: 9, day: 3 },
        display_date: 'before 3 Sep 2025',
        text: { headline: 'A' },
      },
      { start_date: { year: 1939 }, display_date: 'After the war began, 1939', text: { headline: 'B' } },
      {
        start_date: { year: 2021 },
        end_date: { year: 2025, month: 3 },
        display_date: 'between 2021 and Mar 2025',
        text: { headline: 'C' },
      },
      { start_date: { year: 2020 }, display_date: 'before the war', text: { headline: 'D' } },
    ];
    const dates = converted({ events }).dataset.events.map((event) => event.date);
    expect(dates).toEqual([
      { basis: 'bounded', before: '2025-09-03', phrase: 'before 3 Sep 2025' },
      { basis: 'bounded', after: '1939', phrase: 'After the war began, 1939' },
      { basis: 'bounded', after: '2021', before: '2025-03', phrase: null },
      { basis: 'stated', start: '2020', approximate: false, phrase: 'before the war' },
    ]);
  });

  it('reads groups as text, and keeps the addresses of links in the text', () => {
    const { dataset, notes } = converted({
      events: [
        {
          start_date: { year: 2021 },
          text: {
            headline: 'A',
            text: 'Read <a href="https://example.org/r">the report</a><img src="https://example.org/i.jpg">',
          },
          group: 'AT&amp;T <b>group</b>',
        },
      ],
    });
    expect(dataset.actors.map((actor) => actor.name)).toEqual(['AT&T group']);
    expect(dataset.events[0]?.summary).toBe('Read the report (https://example.org/r)');
    expect(notes).toContain('1 event with an image or embed in its text (not kept; link addresses are)');
  });

  it('gives a dataset that passes the same validation as any other', () => {
    const result = parseDataset(JSON.stringify(converted().dataset));
    expect(result).toMatchObject({ ok: true, skipped: [] });
  });

  it('titles an untitled timeline after its file, and refuses what is not a timeline', () => {
    expect(
      converted({ events: [{ start_date: { year: 2020 }, text: { headline: 'A' } }] }, 'kabul').dataset.title,
    ).toBe('kabul');
    expect(fromTimelineJs({ events: 'none' }, 'x')).toEqual({
      error: 'The file is not a TimelineJS timeline: events: Invalid input: expected array, received string.',
    });
  });
});

describe('toTimelineJs', () => {
  const date = (value: EventDate): TimelineEvent => ({
    id: `e-${JSON.stringify(value).length}`,
    title: 'Title <with> & marks',
    summary: 'Summary',
    date: value,
    actorIds: [],
    quotes: [{ text: 'We will not return them', speakerId: null, sourceId: 's' }],
    paraphrases: [],
    sources: [{ sourceId: 's', excerpt: 'Summary' }],
  });

  it('writes dates with their precision and says in words when a date is a bound or approximate', () => {
    const dataset: Dataset = {
      schemaVersion: 1,
      title: 'T',
      sources: [{ id: 's', publisher: null, title: null, url: null, published: '2025-03-30' }],
      actors: [],
      events: [
        date({ basis: 'stated', start: '2021', approximate: false, phrase: 'in 2021' }),
        date({ basis: 'bounded', before: '2025-03-28', phrase: null }),
        date({ basis: 'relative', start: '2024', approximate: true, phrase: 'last year', relativeTo: 's' }),
      ],
    };
    const { timeline, notes } = toTimelineJs(dataset);
    expect(timeline.events).toEqual([
      expect.objectContaining({ start_date: { year: 2021 }, display_date: '2021' }),
      expect.objectContaining({
        start_date: { year: 2025, month: 3, day: 28 },
        display_date: 'before 28 Mar 2025',
      }),
      expect.objectContaining({ start_date: { year: 2024 }, display_date: 'c. 2024' }),
    ]);
    expect(timeline.events[0]).toMatchObject({ text: { headline: 'Title &#60;with&#62; &#38; marks' } });
    expect(notes).toEqual([
      '3 quotes with their speakers',
      '3 sources with the excerpts the events rest on',
      "1 date resolved against an article's date (kept as plain dates)",
      '2 date phrases from the articles ("on March 28")',
    ]);
  });

  it('leaves an undated event out and says so, never writing a date for it', () => {
    const undated = {
      ...date({ basis: 'bounded', phrase: 'one evening', reason: 'the flyer carries no date' }),
      id: 'rally-in-the-square',
      title: 'Rally in the square',
    };
    const dataset: Dataset = {
      schemaVersion: 1,
      title: 'T',
      sources: [{ id: 's', publisher: null, title: null, url: null, published: null }],
      actors: [],
      events: [date({ basis: 'stated', start: '2021', approximate: false, phrase: '2021' }), undated],
    };
    const { timeline, notes } = toTimelineJs(dataset);
    expect(timeline.events).toHaveLength(1);
    expect(JSON.stringify(timeline)).not.toContain('Rally in the square');
    expect(notes[0]).toBe('1 undated event (TimelineJS needs a date for every event, and none is made up)');
    // Its quote went with it: counted once, as the event.
    expect(notes).toContain('1 quote with its speaker');
  });
});

const word = fc.stringMatching(/^[A-Za-z0-9&<>'"é,.!?-]{1,12}$/);
/** Words with single and double spaces and line breaks between them, as summaries have. */
const words = fc
  .array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n', '\n\n')), { minLength: 1, maxLength: 8 })
  .map((parts) =>
    parts
      .map(([text, space]) => text + space)
      .join('')
      .trim(),
  );
const eventDate: fc.Arbitrary<EventDate> = fc.oneof(
  fc
    .record({ start: partialDate, approximate: fc.boolean(), span: fc.option(partialDate) })
    .map(({ start, approximate, span }): EventDate => {
      const end = span !== null && span > start ? span : undefined;
      return { basis: 'stated', start, ...(end ? { end } : {}), approximate, phrase: 'p' };
    }),
  fc
    .record({ before: partialDate })
    .map(({ before }): EventDate => ({ basis: 'bounded', before, phrase: null })),
  fc
    .record({ after: partialDate })
    .map(({ after }): EventDate => ({ basis: 'bounded', after, phrase: null })),
  fc
    .tuple(partialDate, partialDate)
    .filter(([a, b]) => comparePartialDates(a, b) < 0)
    .map(([after, before]): EventDate => ({ basis: 'bounded', after, before, phrase: null })),
  fc.constant<EventDate>({ basis: 'bounded', phrase: null }),
);
const GROUP: Actor = {
  id: 'group',
  name: 'Taliban <img src=x onerror=alert(1)> & co',
  kind: 'group',
  aliases: [],
};
const era = fc
  .record({
    id: fc.stringMatching(ID_PATTERN),
    title: words,
    dates: fc.tuple(partialDate, partialDate),
    description: fc.option(words),
  })
  .map(({ dates, description, ...rest }) => {
    const [start, end] = [...dates].sort(comparePartialDates) as [string, string];
    return { ...rest, start, end, ...(description === null ? {} : { description }) };
  });

const dataset: fc.Arbitrary<Dataset> = fc
  .tuple(
    fc.uniqueArray(era, { maxLength: 3, selector: (e) => e.id }),
    fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(ID_PATTERN),
        title: words,
        summary: words,
        date: eventDate,
        inGroup: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12, selector: (event) => event.id },
    ),
  )
  .map(([eras, events]) => ({
    schemaVersion: 1,
    title: 'Round  trip',
    ...(eras.length > 0 ? { eras } : {}),
    sources: [{ id: 'src', publisher: null, title: null, url: null, published: null }],
    actors: [GROUP],
    events: events.map(({ inGroup, ...event }) => ({
      ...event,
      actorIds: inGroup ? [GROUP.id] : [],
      quotes: [],
      paraphrases: [],
      sources: [{ sourceId: 'src', excerpt: event.summary }],
    })),
  }));

/**
 * What a round trip must keep of an event: id, title, text, group, and the date to its precision
 * and kind.
 */
function essentials(dataset: Dataset, event: TimelineEvent) {
  const { date } = event;
  const names = new Map(dataset.actors.map((actor) => [actor.id, actor.name]));
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    groups: event.actorIds.map((id) => names.get(id)),
    date:
      date.basis === 'bounded'
        ? { bounded: true, after: date.after, before: date.before }
        : { bounded: false, start: date.start, end: date.end, approximate: date.approximate },
  };
}

describe('Newsline → TimelineJS → Newsline', () => {
  it('keeps every dated event, its date and precision, title and text; no undated one comes back', () => {
    fc.assert(
      fc.property(dataset, (original) => {
        const { timeline, notes } = toTimelineJs(original);
        const back = converted(JSON.parse(JSON.stringify(timeline)), 'x').dataset;
        const dated = original.events.filter((event) => !isUndated(event.date));
        // A dataset of undated events only gives an empty timeline, which no dataset may be.
        expect(parseDataset(JSON.stringify(back)).ok).toBe(dated.length > 0);
        const kept = (from: Dataset, events = from.events) => events.map((event) => essentials(from, event));
        expect(kept(back)).toEqual(kept(original, dated));
        expect(back.events.some((event) => isUndated(event.date))).toBe(false);
        const leftOut = original.events.length - dated.length;
        expect(notes.some((note) => note.startsWith(`${leftOut} undated event`))).toBe(leftOut > 0);
        expect(back.title).toBe(original.title);
        expect(back.eras).toEqual(original.eras);
      }),
    );
  });
});
