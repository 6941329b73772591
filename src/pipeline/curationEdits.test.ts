// Edits made in the browser on the shipped dataset, written as an edits file and applied by the
// pipeline, give the very bytes the browser has; an edit that does not apply is named, and no
// dataset comes out.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentStep, replayHistory } from '../editing/editHistory';
import type { EditOperation } from '../editing/editOperation';
import { editsFileText } from '../editing/editsFile';
import { datasetToJson } from '../schema/datasetJson';
import { editingFixture } from '../testing/editingFixture';
import { applyCurationEdits } from './curationEdits';
import { runPipeline, type PipelineInput } from './runPipeline';

const curationYaml = readFileSync('data/curation.yaml', 'utf8');
const seedInput = (overrides: Partial<PipelineInput> = {}): PipelineInput => ({
  files: readdirSync('data/articles')
    .sort()
    .map((name) => ({ path: `data/articles/${name}`, bytes: readFileSync(`data/articles/${name}`) })),
  actorTableYaml: readFileSync('data/actors.yaml', 'utf8'),
  curationYaml,
  ...overrides,
});
const about = { title: 'The Taliban and the US weapons', made: '2025-04-01' };

// One of each kind the browser makes most: a title, a date, a drop, an actor merge, a quote
// turned into reported speech.
const edits: EditOperation[] = [
  { op: 'event.title', eventId: 'taliban-reject-trump-demand', title: 'Taliban refuse to return US weapons' },
  {
    op: 'event.date',
    eventId: 'taliban-parade-with-us-weapons',
    date: { basis: 'stated', start: '2025-03', approximate: true, phrase: 'in March' },
  },
  { op: 'event.drop', eventId: 'countries-engage-with-taliban' },
  { op: 'actor.merge', actorId: 'isis', otherId: 'isis-k' },
  { op: 'statement.move', eventId: 'trump-rally-threatens-aid', from: 'quotes', index: 0 },
  {
    op: 'era.add',
    era: { id: 'after-the-withdrawal', title: 'After the withdrawal', start: '2021-09', end: '2025' },
  },
];

describe('edits from the browser, applied by the pipeline', () => {
  const base = runPipeline(seedInput());

  it('give the dataset the browser made, byte for byte', () => {
    expect(base.problems).toEqual([]);
    const { history, problem } = replayHistory(base.dataset!, edits, edits.length);
    expect(problem).toBeNull();
    const inBrowser = datasetToJson(currentStep(history).dataset);

    const result = runPipeline(seedInput({ editsYaml: editsFileText(edits, about) }));
    expect(result.problems).toEqual([]);
    expect(datasetToJson(result.dataset!)).toBe(inBrowser);
    expect(inBrowser).not.toBe(datasetToJson(base.dataset!));
  });

  it('carry the eras a curation file names into the dataset, and refuse one that runs backwards', () => {
    const eras = `eras:\n  - id: the-war\n    title: The war\n    start: "2001-10"\n    end: "2021-08-30"\n`;
    const result = runPipeline(seedInput({ curationYaml: `${curationYaml}\n${eras}` }));
    expect(result.problems).toEqual([]);
    expect(result.dataset?.eras).toEqual([
      { id: 'the-war', title: 'The war', start: '2001-10', end: '2021-08-30' },
    ]);
    const backwards = runPipeline(
      seedInput({ curationYaml: `${curationYaml}\n${eras.replace('2021-08-30', '2001')}` }),
    );
    expect(backwards.problems.map((problem) => problem.message).join('\n')).toContain('eras.0.end');
    expect(backwards.problems.map((problem) => problem.message).join('\n')).toContain('before it starts');
  });

  it('give the same dataset from the curation file itself, pasted under edits:', () => {
    const { history } = replayHistory(base.dataset!, edits, edits.length);
    const pasted = `${curationYaml}\n${editsFileText(edits, about)}`;
    const result = runPipeline(seedInput({ curationYaml: pasted }));
    expect(result.problems).toEqual([]);
    expect(datasetToJson(result.dataset!)).toBe(datasetToJson(currentStep(history).dataset));
  });

  it('take the title and description of the edits file, after the curation file', () => {
    const result = runPipeline(seedInput({ editsYaml: 'title: Weapons left behind\nedits: []\n' }));
    expect(result.dataset?.title).toBe('Weapons left behind');
    expect(result.dataset?.description).toBe(base.dataset?.description);
  });

  it('name an edit that does not apply by its file and place, and give no dataset', () => {
    const bad: EditOperation[] = [...edits.slice(0, 2), { op: 'event.drop', eventId: 'no-such-event' }];
    const result = runPipeline(seedInput({ editsYaml: editsFileText(bad, about) }));
    expect(result.problems).toEqual([
      { message: 'edits file: edits[2] (event.drop): the timeline has no event "no-such-event"' },
    ]);
    expect(result.dataset).toBeNull();
  });

  it('locate a malformed edit: which edit, which field', () => {
    const result = runPipeline(
      seedInput({
        editsYaml:
          'edits:\n  - op: event.title\n    eventId: parade\n    title: A parade\n  - op: event.date\n    eventId: parade\n    date: { basis: stated, start: 2025-13, approximate: false, phrase: x }\n',
      }),
    );
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toMatch(/^edits file: edits\.1\.date\.start: /);
    expect(result.dataset).toBeNull();
  });

  it('refuse event corrections in an edits file: they belong in the curation file', () => {
    const result = runPipeline(seedInput({ editsYaml: 'reviewed: [x]\nedits: []\n' }));
    expect(result.problems).toEqual([
      {
        message:
          'edits file: reviewed: an edits file applies only its edits, title and description; reviewed belongs in the curation file',
      },
    ]);
    expect(result.dataset).toBeNull();
  });
});

describe('applyCurationEdits', () => {
  const dataset = editingFixture();

  it('names the failing edit by the file it came from and its place there', () => {
    const result = applyCurationEdits(dataset, [
      { file: 'curation', edits: [{ op: 'event.title', eventId: 'talks', title: 'Talks' }] },
      {
        file: 'edits file',
        edits: [
          { op: 'event.title', eventId: 'talks', title: 'More talks' },
          { op: 'event.title', eventId: 'talks', title: '   ' },
        ],
      },
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^edits file: edits\[1\] \(event\.title\): title: /)],
    });
  });

  it('restores from the second list an event the first one dropped', () => {
    const result = applyCurationEdits(dataset, [
      { file: 'curation', edits: [{ op: 'event.drop', eventId: 'talks' }] },
      { file: 'edits file', edits: [{ op: 'event.restore', eventId: 'talks' }] },
    ]);
    expect(result).toEqual({ ok: true, dataset });
  });

  it('gives the dataset itself back when there is no edit', () => {
    expect(applyCurationEdits(dataset, [{ file: 'curation', edits: [] }])).toEqual({ ok: true, dataset });
  });
});
