// A pasted article through the pipeline's own code, and its events merged into a dataset: names
// the timeline knows link to its actors, ids stay unique, and the result passes validation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/runPipeline';
import { DatasetSchema, type Dataset, type TimelineEvent } from '../../schema/dataset';
import { isUndated } from '../../schema/undated';
import { extractArticle, type ArticleInput } from './extractArticle';
import { articleSourceId, mergeArticle } from '../../editing/mergeArticle';

const shipped = DatasetSchema.parse(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
const known = shipped.actors.map(({ name, kind, aliases }) => ({ name, kind, aliases }));

const article: ArticleInput = {
  text:
    'The Taliban government said on Tuesday that it would not return the equipment, Donald Trump was told.\n' +
    'China\u2019s ambassador met Taliban officials on March 31 to discuss mining contracts. ' +
    '"We are here to invest," the ambassador said.',
  publisher: 'Kabul Times',
  title: 'Taliban keep the weapons',
  published: '2025-04-02',
  url: 'https://kabultimes.example/weapons',
};

function extracted(input = article) {
  const result = extractArticle(input, known, articleSourceId(shipped, input.publisher, input.published));
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result;
}

describe('extractArticle', () => {
  it('proposes dated events with their actors, quotes and excerpts, in the order of the text', () => {
    const found = extracted();
    expect(found.source).toMatchObject({
      id: 'kabul-times-2025-04-02',
      publisher: 'Kabul Times',
      title: 'Taliban keep the weapons',
      url: 'https://kabultimes.example/weapons',
      published: '2025-04-02',
    });
    const china = found.events.find((event) => event.title.startsWith('China'));
    expect(china?.date).toMatchObject({ basis: 'stated', start: '2025-03-31' });
    expect(china?.actorIds).toEqual(expect.arrayContaining(['china', 'taliban']));
    expect(china?.quotes.map((quote) => quote.text)).toEqual(['We are here to invest']);
    const offsets = found.events.map((event) => event.sources[0]!.offset!);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it('points every excerpt at the article as pasted', () => {
    for (const event of extracted().events) {
      for (const ref of event.sources) {
        expect(article.text.slice(ref.offset, ref.offset! + ref.excerpt.length)).toBe(ref.excerpt);
      }
    }
  });

  it('refuses only an empty text or invalid details, each named', () => {
    expect(extractArticle({ ...article, text: '  \n' }, known, 'x')).toEqual({
      ok: false,
      problems: ['There is no text: paste the article’s text first.'],
    });
    expect(
      extractArticle(
        { ...article, url: 'ftp://kabultimes.example/weapons', published: '2025-02-30' },
        known,
        'x',
      ),
    ).toEqual({
      ok: false,
      problems: [
        'The article’s address: must be an http(s) URL',
        expect.stringMatching(/^The article’s publication date: /),
      ],
    });
  });

  it('proposes an undated event, for review, when neither the text nor the article gives a date', () => {
    const text = '\nThe lighthouse keeper said the lamp on the north pier had been repaired.\n';
    const result = extractArticle({ ...article, text, published: '' }, known, 'x');
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.source.published).toBeNull();
    expect(result.events).toHaveLength(1);
    const [event] = result.events;
    expect(isUndated(event!.date)).toBe(true);
    expect(event!.sources[0]!.excerpt).toMatch(/^The lighthouse keeper said/);
    expect(text.slice(event!.sources[0]!.offset)).toMatch(/^The lighthouse keeper said/);
    // The proposal says it is undated itself: no separate note repeats it.
    expect(result.notes.filter((note) => note.includes('undated'))).toEqual([]);
  });
});

describe('the browser and the CLI', () => {
  // Names the shipped alias table (data/actors.yaml) knows and the timeline's actors do not list.
  const text =
    'Islamic State fighters attacked a police post near Jalalabad on March 3, the governor said.\n' +
    'The USA condemned the attack on March 4 and promised help to the province.';
  const details = { publisher: 'Valley Post', title: '', published: '2025-03-05', url: '' };

  it('find the same actors, dates and excerpts in an article, through the same core and alias table', () => {
    const timelineIsis = known.find((actor) => actor.name === 'ISIS');
    expect(timelineIsis?.aliases).not.toContain('Islamic State');
    const browser = extractArticle({ ...details, text }, known, 'valley-post');
    if (!browser.ok) throw new Error(browser.problems.join('; '));

    const frontMatter = '---\nid: valley-post\npublisher: Valley Post\npublished: 2025-03-05\n---\n';
    const cli = runPipeline({
      files: [{ path: 'articles/valley-post.md', bytes: new TextEncoder().encode(frontMatter + text) }],
      actorTableYaml: readFileSync('data/actors.yaml', 'utf8'),
      curationYaml: null,
    });
    expect(cli.problems).toEqual([]);
    const facts = (events: readonly TimelineEvent[], shift: number) =>
      events
        .map((event) => ({
          title: event.title,
          date: event.date,
          actorIds: event.actorIds,
          offset: event.sources[0]!.offset! - shift,
        }))
        .sort((a, b) => a.offset - b.offset);

    expect(browser.events.flatMap((event) => event.actorIds)).toEqual(
      expect.arrayContaining(['isis', 'united-states']),
    );
    expect(facts(browser.events, 0)).toEqual(facts(cli.dataset!.events, frontMatter.length));
    expect(browser.actors.map((actor) => actor.id).sort()).toEqual(
      cli.dataset!.actors.map((actor) => actor.id).sort(),
    );
  });
});

describe('mergeArticle', () => {
  it('adds the kept events with their source, links known names and keeps the dataset valid', () => {
    const found = extracted();
    const { dataset, firstEventId } = mergeArticle(shipped, {
      source: found.source,
      actors: found.actors,
      events: found.events,
    });
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset.events).toHaveLength(shipped.events.length + found.events.length);
    expect(dataset.sources.at(-1)?.id).toBe('kabul-times-2025-04-02');
    expect(firstEventId).toBe(found.events[0]!.id);
    // Taliban and China are actors the timeline has: no second Taliban appears.
    expect(dataset.actors.filter((actor) => actor.name === 'Taliban')).toHaveLength(1);
  });

  it('gives a second copy of the same article its own source and event ids', () => {
    const found = extracted();
    const once = mergeArticle(shipped, {
      source: found.source,
      actors: found.actors,
      events: found.events,
    }).dataset;
    const again = extractArticle(article, known, articleSourceId(once, article.publisher, article.published));
    if (!again.ok) throw new Error('no events');
    const twice: Dataset = mergeArticle(once, {
      source: again.source,
      actors: again.actors,
      events: again.events,
    }).dataset;
    expect(again.source.id).toBe('kabul-times-2025-04-02-2');
    expect(DatasetSchema.safeParse(twice).success).toBe(true);
    expect(new Set(twice.events.map((event) => event.id)).size).toBe(twice.events.length);
  });

  it('keeps the events on their own source when the dataset gained one of that id meanwhile', () => {
    const found = extracted();
    const additions = { source: found.source, actors: found.actors, events: found.events };
    const once = mergeArticle(shipped, additions).dataset;
    const twice = mergeArticle(once, additions).dataset;
    expect(DatasetSchema.safeParse(twice).success).toBe(true);
    const added = twice.events.slice(once.events.length);
    expect(twice.sources.at(-1)?.id).toBe('kabul-times-2025-04-02-2');
    for (const event of added) {
      const cited = [...event.sources, ...event.quotes, ...event.paraphrases].map((item) => item.sourceId);
      expect(new Set(cited)).toEqual(new Set(['kabul-times-2025-04-02-2']));
    }
  });

  it('links an actor the timeline names by one of the shipped table’s aliases to the timeline’s own', () => {
    const timeline: Dataset = {
      ...shipped,
      actors: shipped.actors.map((actor) =>
        actor.id === 'isis' ? { ...actor, id: 'islamic-state', name: 'Islamic State', aliases: [] } : actor,
      ),
      events: shipped.events.map((event) => ({
        ...event,
        actorIds: event.actorIds.map((id) => (id === 'isis' ? 'islamic-state' : id)),
      })),
    };
    const input = {
      ...article,
      text: 'Islamic State fighters attacked a police post near Jalalabad on March 3, the governor said.',
    };
    const found = extractArticle(
      input,
      timeline.actors.map(({ name, kind, aliases }) => ({ name, kind, aliases })),
      articleSourceId(timeline, input.publisher, input.published),
    );
    if (!found.ok) throw new Error(found.problems.join('; '));
    expect(found.actors.map((actor) => actor.name)).toContain('ISIS');
    const { dataset } = mergeArticle(timeline, found);
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset.actors).toEqual(timeline.actors);
    expect(dataset.events.at(-1)?.actorIds).toContain('islamic-state');
  });

  it('adds only the new actors the kept events name', () => {
    const found = extracted();
    const kept = found.events.filter((event) => event.title.startsWith('China'));
    const { dataset } = mergeArticle(shipped, { source: found.source, actors: found.actors, events: kept });
    const named = new Set(dataset.events.flatMap((event) => event.actorIds));
    for (const actor of dataset.actors.slice(shipped.actors.length)) expect(named.has(actor.id)).toBe(true);
  });
});
