// The whole pipeline as one pure function: article texts in, dataset, review and problems out.
// No I/O here, so the CLI, the tests and (later) the browser run the very same code.
import { parse as parseYaml } from 'yaml';
import { DatasetSchema, type Dataset } from '../schema/dataset';
import { ActorTableSchema, knownActors } from './actorTable';
import { analyseCorpus, type AnalysedArticle } from './analyse';
import { decodeArticleBytes } from './articleFile';
import { buildDataset } from './buildDataset';
import { CurationSchema, EMPTY_CURATION, type Curation } from './curation';
import type { EventCandidate } from './events';
import { parseArticle } from './parseArticle';
import { reviewItems, type ReviewItem } from './review';
import type { Article } from './types';

export interface PipelineInput {
  files: { path: string; bytes: Uint8Array }[];
  actorTableYaml: string;
  curationYaml: string | null;
}

export interface PipelineResult {
  dataset: Dataset | null;
  corpus: AnalysedArticle[];
  candidates: EventCandidate[];
  /** Files and settings that could not be used, each naming the file and the problem. */
  problems: string[];
  review: ReviewItem[];
  reviewed: ReviewItem[];
}

export const DEFAULT_TITLE = 'Newsline timeline';

export function runPipeline(input: PipelineInput): PipelineResult {
  const problems: string[] = [];
  const table = parseYamlWith(ActorTableSchema, input.actorTableYaml, 'actor table', problems) ?? [];
  const curation: Curation = input.curationYaml
    ? (parseYamlWith(CurationSchema, input.curationYaml, 'curation file', problems) ?? EMPTY_CURATION)
    : EMPTY_CURATION;

  const articles: Article[] = [];
  const ids = new Set<string>();
  for (const file of [...input.files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const decoded = decodeArticleBytes(file.bytes);
    const parsed = decoded.ok ? parseArticle(file.path, decoded.text) : decoded;
    if (!parsed.ok) {
      problems.push(`${file.path} ${parsed.problem}`);
    } else if (ids.has(parsed.article.meta.id)) {
      problems.push(`${file.path} has the source id "${parsed.article.meta.id}" of another article`);
    } else {
      ids.add(parsed.article.meta.id);
      articles.push(parsed.article);
    }
  }

  const known = knownActors(table);
  const corpus = analyseCorpus(articles, known);
  const built = buildDataset({
    corpus,
    curation,
    knownActors: known,
    title: curation.title ?? DEFAULT_TITLE,
    ...(curation.description !== undefined ? { description: curation.description } : {}),
  });
  problems.push(...built.curationProblems);
  const checked = DatasetSchema.safeParse(built.dataset);
  if (!checked.success) {
    problems.push(
      ...checked.error.issues.map((issue) => `dataset: ${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const allItems = reviewItems(built.dataset, corpus);
  const acknowledged = new Set(curation.reviewed);
  return {
    dataset: checked.success ? checked.data : null,
    corpus,
    candidates: built.candidates,
    problems,
    review: allItems.filter((item) => !acknowledged.has(item.id)),
    reviewed: allItems.filter((item) => acknowledged.has(item.id)),
  };
}

function parseYamlWith<T>(
  schema: {
    safeParse: (
      value: unknown,
    ) =>
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  text: string,
  what: string,
  problems: string[],
): T | null {
  let raw: unknown;
  try {
    raw = parseYaml(text, { schema: 'core' });
  } catch (error) {
    problems.push(`${what}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
  const result = schema.safeParse(raw ?? undefined);
  if (result.success) return result.data;
  problems.push(
    ...result.error.issues.map((issue) => `${what}: ${issue.path.map(String).join('.')}: ${issue.message}`),
  );
  return null;
}
