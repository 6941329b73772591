import { describe, expect, it } from 'vitest';
import { runPipeline } from './runPipeline';

const article = (name: string, publisher: string, body: string) => ({
  path: `in/${name}.md`,
  bytes: new TextEncoder().encode(
    `---\npublisher: ${publisher}\ntitle: null\nurl: null\npublished: 2024-06-01\n---\n${body}\n`,
  ),
});
const files = [
  article(
    'a',
    'Daily',
    'President Ann Lee signed the Land accord with Sea in 2023.\nPresident Bo Ray opened new talks with Sea on 3 May 2024.',
  ),
  article('b', 'Weekly', 'In 2023 the Land accord was signed by Ann Lee and Sea.'),
];
const actorTableYaml = '- name: Land\n  kind: country\n- name: Sea\n  kind: country\n';
const run = (curationYaml: string | null) => runPipeline({ files, actorTableYaml, curationYaml });

describe('buildDataset', () => {
  it('makes the same happening in two articles one event with two sources', () => {
    const { dataset, problems } = run(null);
    expect(problems).toEqual([]);
    const accord = dataset!.events.find((event) => event.date.basis === 'stated');
    expect(accord?.sources.map((ref) => ref.sourceId).sort()).toEqual(['a', 'b']);
    expect(dataset!.events).toHaveLength(2);
  });

  it('applies the curation: rename, retitle, re-date, correct actors, drop and add from an excerpt', () => {
    const raw = run(null).candidates;
    const accordKey = raw.find((c) => c.lead.text.startsWith('President Ann Lee'))!.key;
    const talksKey = raw.find((c) => c.lead.text.startsWith('President Bo Ray'))!.key;
    const { dataset, problems } = run(`
events:
  ${accordKey}:
    id: land-sea-accord
    title: Land and Sea sign an accord
    date: { basis: stated, start: '2023-05', approximate: false, phrase: 'in 2023' }
    actors: { add: [bo-ray], remove: [sea] }
  ${talksKey}:
    drop: true
add:
  - id: talks-go-on
    title: Talks will go on
    excerpts: [{ source: a, text: 'opened new talks with Sea' }]
`);
    expect(problems).toEqual([]);
    expect(dataset!.events.map((event) => event.id)).toEqual(['land-sea-accord', 'talks-go-on']);
    const [accord, talks] = dataset!.events;
    expect(accord).toMatchObject({ title: 'Land and Sea sign an accord', date: { start: '2023-05' } });
    expect(accord!.actorIds).toEqual(['ann-lee', 'land', 'bo-ray']);
    expect(talks!.sources).toEqual([
      { sourceId: 'a', excerpt: 'opened new talks with Sea', offset: expect.any(Number) },
    ]);
    expect(talks!.date).toEqual({ basis: 'bounded', before: '2024-06-01', phrase: null });
  });

  it('reports curation that names an unknown actor or repeats an event id, and keeps the dataset', () => {
    const raw = run(null).candidates;
    const [first, second] = raw.map((c) => c.key);
    const { dataset, problems } = run(`
events:
  ${first}:
    id: same
    actors: { add: [nobody, sea] }
  ${second}:
    id: same
`);
    expect(problems.map((problem) => problem.message).sort()).toEqual([
      'curation: a second event has the id "same"; it is left out',
      'curation: event "same" names the unknown actor "nobody"; it is left out',
    ]);
    expect(dataset?.events.map((event) => event.id)).toEqual(['same']);
  });

  it('adds an exact passage of another article to an extracted event as one more source', () => {
    const talksKey = run(null).candidates.find((c) => c.lead.text.startsWith('President Bo Ray'))!.key;
    const { dataset, problems } = run(`
events:
  ${talksKey}:
    excerpts: [{ source: b, text: 'the Land accord was signed by Ann Lee and Sea' }]
`);
    expect(problems).toEqual([]);
    const talks = dataset!.events.find((event) => event.id === talksKey);
    expect(talks?.sources.map((ref) => [ref.sourceId, ref.excerpt])).toEqual([
      ['a', 'President Bo Ray opened new talks with Sea on 3 May 2024.'],
      ['b', 'the Land accord was signed by Ann Lee and Sea'],
    ]);
  });

  it('reports an added excerpt that is not in its article', () => {
    const { problems } = run(
      'add:\n  - id: x\n    title: X\n    excerpts: [{ source: a, text: not in the text }]\n',
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      'curation: added event "x" quotes text that is not in source "a"',
    ]);
  });
});
