// The loader against a corpus of bad datasets: each gets a clear message that says what is wrong
// and where, and a dataset with a few bad records keeps every valid one.
import { afterEach, describe, expect, it } from 'vitest';
import { datasetFixture } from '../../testing/datasetFixture';
import { loadMessages, setLocale } from '../model/i18n/intl';
import { en } from '../model/i18n/messages/en';
import { describePath, parseDataset } from './parseDataset';
import { speakZodInInterfaceLanguage } from './zodLocale';

type Json = Record<string, unknown> & { events: Record<string, unknown>[] };
const fixture = () => structuredClone(datasetFixture()) as unknown as Json;
const withEvent = (change: (event: Record<string, unknown>) => void) => {
  const dataset = fixture();
  change(dataset.events[2]!);
  return JSON.stringify(dataset);
};

describe('parseDataset', () => {
  it('returns the dataset when it is valid, with nothing skipped', () => {
    const result = parseDataset(JSON.stringify(datasetFixture()));
    expect(result).toMatchObject({ ok: true, skipped: [] });
    expect(result.ok && result.dataset.events).toHaveLength(4);
  });

  const fatal: [string, string, string][] = [
    ['not JSON', '{ not json', 'The file is not valid JSON.'],
    ['JSON of the wrong shape', '[1, 2]', 'not a Newsline dataset'],
    ['no schemaVersion', '{"events": []}', 'has no "schemaVersion"'],
    ['an unknown schemaVersion', JSON.stringify({ ...fixture(), schemaVersion: 9 }), 'uses schemaVersion 9'],
    [
      'a missing title',
      JSON.stringify({ ...fixture(), title: undefined }),
      'not a valid Newsline dataset (1 problem)',
    ],
    [
      'events that are not a list',
      JSON.stringify({ ...fixture(), events: { a: 1 } }),
      'not a valid Newsline dataset',
    ],
    ['an empty event list', JSON.stringify({ ...fixture(), events: [] }), 'The file has no events.'],
    [
      'only bad events',
      JSON.stringify({ ...fixture(), events: [{ id: 'x' }] }),
      'None of the file’s events is valid.',
    ],
    ['deeply nested junk', `{"schemaVersion":1,"title":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, ''],
  ];
  for (const [what, text, summary] of fatal) {
    it(`fails with a clear summary on ${what}`, () => {
      const result = parseDataset(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.summary).toContain(summary);
    });
  }

  it('keeps the eras, and refuses a file whose era ends before it starts, saying which', () => {
    const era = { id: 'works', title: 'The works', start: '2024', end: '2025-02' };
    const kept = parseDataset(JSON.stringify({ ...fixture(), eras: [era] }));
    expect(kept.ok && kept.dataset.eras).toEqual([era]);
    const backwards = { id: 'backwards', title: 'Backwards', start: '2025-03', end: '2025-01-31' };
    const refused = parseDataset(JSON.stringify({ ...fixture(), eras: [era, backwards] }));
    expect(refused).toMatchObject({
      ok: false,
      problems: [
        { path: 'eras[1] (id "backwards").end', message: 'ends (2025-01-31) before it starts (2025-03)' },
      ],
    });
  });

  const skippedEvent: [string, string, string][] = [
    [
      'a missing field',
      withEvent((e) => delete e.summary),
      'events[2] (id "middle").summary: missing (expected string)',
    ],
    [
      'a wrong type',
      withEvent((e) => (e.title = 42)),
      'events[2] (id "middle").title: Invalid input: expected string, received number',
    ],
    [
      'an image without alt text',
      withEvent((e) => (e.media = { kind: 'image', url: 'https://photos.example.net/quay.jpg' })),
      'events[2] (id "middle").media.alt: an image needs alt text: describe what it shows for readers who cannot see it',
    ],
    [
      'an impossible date',
      withEvent((e) => (e.date = { basis: 'stated', start: '2025-02-30', approximate: false, phrase: 'x' })),
      'events[2] (id "middle").date.start: is not a real calendar date',
    ],
    [
      'month 13',
      withEvent((e) => (e.date = { basis: 'stated', start: '2025-13', approximate: false, phrase: 'x' })),
      'events[2] (id "middle").date.start: is not a real calendar date',
    ],
    [
      'an end before its start',
      withEvent(
        (e) => (e.date = { basis: 'stated', start: '2021', end: '2001', approximate: false, phrase: 'x' }),
      ),
      'events[2] (id "middle").date.end: ends (2001) before it starts (2021)',
    ],
    [
      'an unknown actor',
      withEvent((e) => (e.actorIds = ['ann', 'ghost'])),
      'events[2] (id "middle").actorIds[1]: unknown actor "ghost"',
    ],
    [
      'an unknown source',
      withEvent((e) => (e.sources = [{ sourceId: 'nowhere', excerpt: 'x' }])),
      'events[2] (id "middle").sources[0].sourceId: unknown source "nowhere"',
    ],
    [
      'a duplicate id',
      withEvent((e) => (e.id = 'late')),
      'events[2] (id "late").id: duplicate id "late": only the first is kept',
    ],
    [
      'an extremely long string',
      withEvent((e) => (e.title = '\u202e'.repeat(100_000))),
      'events[2] (id "middle").title: Too big',
    ],
  ];
  for (const [what, text, message] of skippedEvent) {
    it(`skips an event with ${what}, keeps the others and says why`, () => {
      const result = parseDataset(text);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.dataset.events).toHaveLength(3);
      expect(result.skipped).toHaveLength(1);
      expect(`${result.skipped[0]!.path}: ${result.skipped[0]!.message}`).toContain(message);
    });
  }

  it('skips a bad actor, and then the events that need it', () => {
    const dataset = fixture();
    (dataset.actors as Record<string, unknown>[])[1]!.kind = 'alien';
    const result = parseDataset(JSON.stringify(dataset));
    expect(result.ok && result.dataset.events.map((e) => e.id).sort()).toEqual(['early', 'late']);
    expect(result.ok && result.skipped.map((p) => p.path)).toEqual([
      'actors[1] (id "bureau").kind',
      'events[2] (id "middle").actorIds[1]',
      'events[3] (id "bound").actorIds[0]',
    ]);
  });

  it('copes with a 50 MB file without a single valid event', () => {
    const junk = JSON.stringify({
      ...fixture(),
      events: Array.from({ length: 200_000 }, (_, i) => ({ id: `e${i}`, title: 'x'.repeat(240) })),
    });
    expect(junk.length).toBeGreaterThan(50_000_000);
    const result = parseDataset(junk);
    expect(result).toMatchObject({ ok: false, summary: 'None of the file’s events is valid.' });
    expect(result.ok || result.problems.length).toBe(51); // 50 shown, then "…and N more"
  }, 60_000); // generous: a shared 2-core machine parses 50 MB in seconds

  it('reports progress as it checks records, ending at their total', () => {
    const progress: [number, number | null][] = [];
    parseDataset(JSON.stringify(datasetFixture()), (checked, total) => progress.push([checked, total]));
    const total = 1 + 3 + 4; // sources, actors, events of the fixture
    expect(progress.at(-1)).toEqual([total, total]);
    expect(progress.every(([checked], i) => i === 0 || checked >= progress[i - 1]![0])).toBe(true);
  });

  it('describes paths into records without ids', () => {
    expect(
      describePath(['events', 0, 'sources', 1, 'excerpt'], { events: [{ id: 'e', sources: [{}, {}] }] }),
    ).toBe('events[0] (id "e").sources[1].excerpt');
  });
});

describe('parseDataset in French and Arabic', () => {
  afterEach(() => {
    setLocale({ language: 'en', formatLocale: 'en-GB' }, en);
    speakZodInInterfaceLanguage(); // zod's own messages back in English for the other tests
  });
  const broken = () => {
    const dataset = fixture();
    dataset.events[1]!.date = 5;
    delete dataset.events[2]!.title;
    return JSON.stringify(dataset);
  };

  it('words its own sentences and zod’s in the interface language, paths as they are', async () => {
    setLocale({ language: 'fr', formatLocale: 'fr-FR' }, await loadMessages('fr'));
    const result = parseDataset(broken());
    expect(result.ok && result.skipped).toMatchObject([
      { path: 'events[1] (id "early").date', message: expect.stringMatching(/^Entrée invalide/) },
      { path: 'events[2] (id "middle").title', message: 'absent (string attendu)' },
    ]);
    expect(parseDataset(JSON.stringify({ ...fixture(), title: undefined }))).toMatchObject({
      summary: 'Le fichier n’est pas un jeu de données Newsline valide (1 problème).',
    });
    setLocale({ language: 'ar', formatLocale: 'ar' }, await loadMessages('ar'));
    expect(parseDataset(broken())).toMatchObject({
      skipped: [
        { message: expect.stringMatching(/^مدخلات غير مقبولة/) },
        { message: 'مفقود (المتوقع string)' },
      ],
    });
    expect(parseDataset('[1]')).toMatchObject({ summary: expect.stringMatching(/^يحوي الملف JSON/) });
  });
});
