// Proposes events from one article a reporter pasted, with the extraction pipeline's typed core
// (the same code as `npm run extract`) and the same alias table (data/actors.yaml), to which the
// timeline's actors are added when it lacks them. Pure: it runs in a worker, and in tests.
import shippedAliasTable from '../../../data/actors.yaml?raw';
import { knownActors } from '../../pipeline/actorTable';
import { EMPTY_CURATION } from '../../pipeline/curation';
import { ArticleMetaSchema, articleMeta } from '../../pipeline/parseArticle';
import {
  formatProblem,
  readActorTable,
  runPipelineOnArticles,
  type PipelineProblem,
} from '../../pipeline/runPipeline';
import type { Article } from '../../pipeline/types';
import type { Actor, Source, TimelineEvent } from '../../schema/dataset';
import { t } from '../model/i18n/intl';
import { aliasTable, type TimelineActor } from './aliasTable';

export interface ArticleInput {
  text: string;
  publisher: string;
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown (a relative date then stays unresolved). */
  published: string;
  url: string;
}

export type Extraction =
  | {
      ok: true;
      source: Source;
      actors: Actor[];
      /** The events found, in the order of the text; undated ones among them. */
      events: TimelineEvent[];
      /** What the extractor is unsure of, for the reporter to check. */
      notes: string[];
    }
  | { ok: false; problems: string[] };

/** The article's "path", as the pipeline's messages name it: "unresolved date … in the article". */
const PASTED = 'the article';

/** `sourceId`: the id the article's source will have in the dataset (unique there). */
export function extractArticle(
  input: ArticleInput,
  timeline: readonly TimelineActor[],
  sourceId: string,
): Extraction {
  const article = pastedArticle(input, sourceId);
  if (!article.ok) return article;
  const problems: PipelineProblem[] = [];
  const shipped = readActorTable(shippedAliasTable, problems);
  const result = runPipelineOnArticles({
    articles: [article.value],
    knownActors: knownActors(aliasTable(shipped, timeline)),
    curation: EMPTY_CURATION,
  });
  problems.push(...result.problems);
  const dataset = result.dataset;
  if (!dataset || problems.length > 0) return { ok: false, problems: problems.map(readable) };
  const source = dataset.sources[0];
  if (!source) return { ok: false, problems: [t('article.unread')] };
  const events = [...dataset.events].sort(
    (a, b) => (a.sources[0]?.offset ?? 0) - (b.sources[0]?.offset ?? 0),
  );
  if (events.length === 0) {
    return { ok: false, problems: [t('article.noEvent')] };
  }
  // In a single article most names come once, and each undated proposal says so itself: those
  // review items say nothing more here.
  const notes = result.review
    .filter((item) => !item.id.startsWith('actor-seen-once:') && !item.id.startsWith('undated-event:'))
    .map((item) => item.message);
  return { ok: true, source, actors: dataset.actors, events, notes };
}

/** The pasted text as the pipeline's `Article`, its details checked as front matter would be. */
function pastedArticle(
  input: ArticleInput,
  sourceId: string,
): { ok: true; value: Article } | { ok: false; problems: string[] } {
  if (input.text.trim() === '') {
    return { ok: false, problems: [t('article.noTextYet')] };
  }
  const meta = ArticleMetaSchema.safeParse({
    id: sourceId,
    publisher: input.publisher.trim() || null,
    title: input.title.trim() || null,
    url: input.url.trim() || null,
    published: input.published.trim() || null,
  });
  if (!meta.success) {
    return {
      ok: false,
      // The field in the words the dialog labels it with (a select in the message: id, publisher, …).
      problems: meta.error.issues.map((issue) =>
        t('article.fieldProblem', { field: String(issue.path[0] ?? ''), problem: issue.message }),
      ),
    };
  }
  return {
    ok: true,
    value: {
      path: PASTED,
      text: input.text,
      meta: articleMeta(meta.data, sourceId),
      bodyStart: 0,
      ignoredKeys: [],
      metadataLines: [],
    },
  };
}

/** A problem of the article itself reads "The article …"; others (the alias table's) as they are. */
function readable(problem: PipelineProblem): string {
  return problem.path === PASTED
    ? t('article.pipelineProblem', { problem: problem.message })
    : formatProblem(problem);
}
