import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../schema/dataset';
import { isUndated } from '../../schema/undated';
import { readTimelineFile } from '../../formats/readTimelineFile';
import { datasetFixture, undatedDatasetFixture } from '../../testing/datasetFixture';
import { exportDataset, withOnly } from './exportDataset';

/** The exported text read back and checked by the dataset schema. */
const parseDataset = (text: string) => {
  const checked = DatasetSchema.safeParse(JSON.parse(text));
  return checked.success ? { ok: true as const, dataset: checked.data } : { ok: false as const };
};

const SCHEMA = 'https://newsline.example/data/events.schema.json';

describe('exportDataset', () => {
  const dataset = datasetFixture();

  it('writes Newsline JSON that loads back as the same dataset', () => {
    const file = exportDataset(dataset, dataset.events, 'newsline', SCHEMA);
    expect(file).toMatchObject({ fileName: 'fixture.json', mimeType: 'application/json', notes: [] });
    const back = parseDataset(file.text());
    expect(back.ok && back.dataset).toEqual({ ...dataset, $schema: SCHEMA });
  });

  it('writes only the events shown, with the actors and sources they need, still valid', () => {
    const shown = dataset.events.filter((event) => event.actorIds.includes('ann'));
    const file = exportDataset(dataset, shown, 'newsline', SCHEMA);
    const back = parseDataset(file.text());
    expect(back.ok && back.dataset.events.map((event) => event.id)).toEqual(shown.map((event) => event.id));
    expect(back.ok && back.dataset.actors.map((actor) => actor.id).sort()).toEqual(['ann', 'bureau']);
  });

  it('writes TimelineJS JSON and CSV that open again, saying what they cannot hold', async () => {
    for (const format of ['timelinejs', 'csv'] as const) {
      const file = exportDataset(dataset, dataset.events, format, SCHEMA);
      expect(file.fileName).toBe(format === 'csv' ? 'fixture.csv' : 'fixture.timelinejs.json');
      expect(file.notes).toContain('4 sources with the excerpts the events rest on');
      const read = await readTimelineFile(file.text(), file.fileName);
      expect(read).toMatchObject({ ok: true, format });
      const back = read.ok ? parseDataset(JSON.stringify(read.value)) : null;
      expect(back?.ok && back.dataset.events.map((event) => event.title)).toEqual(
        dataset.events.map((event) => event.title),
      );
    }
  });
});

describe('exporting undated events', () => {
  const dataset = undatedDatasetFixture();
  const undatedTitles = ['Ann visits the clinic', 'Bureau closes its office'];

  it('keeps them in Newsline JSON, undated and with their reason', () => {
    const back = parseDataset(exportDataset(dataset, dataset.events, 'newsline', SCHEMA).text());
    const undated = back.ok ? back.dataset.events.filter((event) => isUndated(event.date)) : [];
    expect(undated.map((event) => event.title)).toEqual(undatedTitles);
    expect(undated[0]?.date).toEqual({
      basis: 'bounded',
      phrase: 'one morning',
      reason: 'the newsletter carries no date',
    });
  });

  it('lists them among what TimelineJS and CSV cannot hold, and writes no date for them', async () => {
    for (const format of ['timelinejs', 'csv'] as const) {
      const file = exportDataset(dataset, dataset.events, format, SCHEMA);
      expect(file.notes[0]).toBe(
        '2 undated events (TimelineJS needs a date for every event, and none is made up)',
      );
      const text = file.text();
      for (const title of undatedTitles) expect(text).not.toContain(title);
      const read = await readTimelineFile(text, file.fileName);
      const back = read.ok ? parseDataset(JSON.stringify(read.value)) : null;
      expect(back?.ok && back.dataset.events.map((event) => event.title).sort()).toEqual([
        'Bound',
        'Early',
        'Late',
        'Middle',
      ]);
      expect(back?.ok && back.dataset.events.some((event) => isUndated(event.date))).toBe(false);
    }
  });
});

describe('withOnly', () => {
  it('keeps a speaker and the source a relative date was resolved against', () => {
    const dataset = datasetFixture();
    const [first] = dataset.events;
    const event = {
      ...first!,
      actorIds: [],
      quotes: [{ text: 'We will see.', speakerId: 'ann', sourceId: 'desk' }],
      date: {
        basis: 'relative' as const,
        start: '2024',
        approximate: false,
        phrase: 'last year',
        relativeTo: 'desk',
      },
    };
    const subset = withOnly({ ...dataset, events: [event] }, [event]);
    expect(subset.actors.map((actor) => actor.id)).toEqual(['ann']);
    expect(subset.sources.map((source) => source.id)).toEqual(['desk']);
  });
});
