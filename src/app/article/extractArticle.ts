// Proposes events from one article a reporter pasted, with the extraction pipeline's own code (the
// same modules as `npm run extract`): its dates, actors, quotes and reported speech. The actors of
// the timeline on show join the alias table, so the article's names link to the actors it has.
// Pure: it runs in a worker, and in tests.
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import aliasTableYaml from '../../../data/actors.yaml?raw';
import { ActorTableSchema } from '../../pipeline/actorTable';
import { runPipeline } from '../../pipeline/runPipeline';
import type { Actor, ActorKind, Source, TimelineEvent } from '../../schema/dataset';

export interface ArticleInput {
  text: string;
  publisher: string;
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown (a relative date then stays unresolved). */
  published: string;
  url: string;
}

export interface KnownActor {
  name: string;
  kind: ActorKind;
  aliases: string[];
}

export type Extraction =
  | {
      ok: true;
      source: Source;
      actors: Actor[];
      /** The events found, in the order of the text. */
      events: TimelineEvent[];
      /** What the extractor is unsure of, for the reporter to check. */
      notes: string[];
    }
  | { ok: false; problems: string[] };

const PATH = 'pasted-article.md';

/** `sourceId`: the id the article's source will have in the dataset (unique there). */
export function extractArticle(
  input: ArticleInput,
  known: readonly KnownActor[],
  sourceId: string,
): Extraction {
  const body = input.text.replace(/\r\n?/g, '\n').trim();
  if (body === '') return { ok: false, problems: ['There is no text: paste the article’s text first.'] };
  const frontMatter = `---\n${stringifyYaml({
    id: sourceId,
    publisher: input.publisher.trim() || null,
    title: input.title.trim() || null,
    url: input.url.trim() || null,
    published: input.published.trim() || null,
  })}---\n`;
  const result = runPipeline({
    files: [{ path: PATH, bytes: new TextEncoder().encode(`${frontMatter}${body}\n`) }],
    actorTableYaml: actorTable(known),
    curationYaml: null,
  });
  const dataset = result.dataset;
  if (!dataset || result.problems.length > 0) {
    return { ok: false, problems: result.problems.map(readable) };
  }
  const source = dataset.sources[0];
  if (!source) return { ok: false, problems: ['The article could not be read.'] };
  // Offsets into the text as pasted, not into the file made for the pipeline.
  const shift = <T extends { offset?: number | undefined }>(item: T): T =>
    item.offset === undefined ? item : { ...item, offset: Math.max(0, item.offset - frontMatter.length) };
  const events = dataset.events
    .map((event) => ({
      ...event,
      quotes: event.quotes.map(shift),
      paraphrases: event.paraphrases.map(shift),
      sources: event.sources.map(shift),
    }))
    .sort((a, b) => (a.sources[0]?.offset ?? 0) - (b.sources[0]?.offset ?? 0));
  // In a single article most names come once: that review item says nothing here.
  const notes = result.review
    .filter((item) => !item.id.startsWith('actor-seen-once:'))
    .map((item) => readable(item.message));
  if (events.length === 0) {
    return {
      ok: false,
      problems: [
        'No event was found: an event starts at a sentence that names someone and gives a date or reports what they said.',
      ],
    };
  }
  return { ok: true, source, actors: dataset.actors, events, notes };
}

/** The shipped alias table, with the timeline's own actors first (their names and kinds win). */
function actorTable(known: readonly KnownActor[]): string {
  const shipped = ActorTableSchema.parse(parseYaml(aliasTableYaml) ?? []);
  const names = new Set(known.map((actor) => actor.name.toLowerCase()));
  const entries = [
    ...known.map(({ name, kind, aliases }) => ({ name, kind, aliases })),
    ...shipped.filter((entry) => !names.has(entry.name.toLowerCase())),
  ];
  return stringifyYaml(entries);
}

/** The pipeline names the file it read; here the reporter pasted it, so say "the article". */
function readable(problem: string): string {
  return problem
    .replace(`in ${PATH}`, 'in the article')
    .replace(`${PATH} `, 'The article ')
    .replace(/^The article has front matter: /, 'The article’s details: ');
}
