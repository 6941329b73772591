// The whole pipeline as one pure function: articles in, dataset, review and problems out.
// `runPipelineOnArticles` is the typed core; `runPipeline` reads files and YAML for the CLI and
// hands them to it. No I/O here, so the CLI, the tests and the browser run the very same code.
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { EditOperation } from '../editing/editOperation';
import { DatasetSchema, type Dataset } from '../schema/dataset';
import { ActorTableSchema, knownActors, type KnownActor } from './actorTable';
import { analyseCorpus, type AnalysedArticle } from './analyse';
import { decodeArticleBytes } from './articleFile';
import { buildDataset } from './buildDataset';
import { CurationSchema, EMPTY_CURATION, type Curation } from './curation';
import { applyCurationEdits } from './curationEdits';
import type { EventCandidate } from './events';
import { parseArticle } from './parseArticle';
import { reviewItems, type ReviewItem } from './review';
import type { Article } from './types';

export interface PipelineInput {
  files: { path: string; bytes: Uint8Array }[];
  actorTableYaml: string;
  curationYaml: string | null;
  /**
   * A second curation file (`--edits`), of edits made in the browser: its `edits:`, and its
   * `title` and `description` if it has them, apply after the curation file's.
   */
  editsYaml?: string;
}

export interface ArticlesInput {
  articles: readonly Article[];
  knownActors: readonly KnownActor[];
  curation: Curation;
  /** The edits of an `--edits` file, applied after `curation.edits`. */
  editsFile?: readonly EditOperation[];
}

/** Something that could not be used: in the article at `path` when it concerns one article. */
export interface PipelineProblem {
  path?: string;
  message: string;
}

export interface PipelineResult {
  dataset: Dataset | null;
  corpus: AnalysedArticle[];
  candidates: EventCandidate[];
  problems: PipelineProblem[];
  review: ReviewItem[];
  reviewed: ReviewItem[];
}

export type ActorTable = z.infer<typeof ActorTableSchema>;

export const DEFAULT_TITLE = 'Newsline timeline';

/** `data/articles/x.md is empty`: the problem in one line, as the CLI prints it. */
export function formatProblem(problem: PipelineProblem): string {
  return problem.path === undefined ? problem.message : `${problem.path} ${problem.message}`;
}

/** The files and YAML settings read, then the typed core. */
export function runPipeline(input: PipelineInput): PipelineResult {
  const problems: PipelineProblem[] = [];
  const table = readActorTable(input.actorTableYaml, problems);
  let curation: Curation = input.curationYaml
    ? (parseYamlWith(CurationSchema, input.curationYaml, 'curation file', problems) ?? EMPTY_CURATION)
    : EMPTY_CURATION;
  const editsFile = input.editsYaml === undefined ? null : readEditsFile(input.editsYaml, problems);
  if (editsFile) {
    curation = {
      ...curation,
      ...(editsFile.title === undefined ? {} : { title: editsFile.title }),
      ...(editsFile.description === undefined ? {} : { description: editsFile.description }),
    };
  }

  const articles: Article[] = [];
  for (const file of [...input.files].sort((a, b) => comparePaths(a.path, b.path))) {
    const decoded = decodeArticleBytes(file.bytes);
    const parsed = decoded.ok ? parseArticle(file.path, decoded.text) : decoded;
    if (parsed.ok) articles.push(parsed.article);
    else problems.push({ path: file.path, message: parsed.problem });
  }

  const result = runPipelineOnArticles({
    articles,
    knownActors: knownActors(table),
    curation,
    ...(editsFile ? { editsFile: editsFile.edits } : {}),
  });
  return {
    ...result,
    // Without the edits asked for, the dataset is not the one the editor made: none is written.
    ...(editsFile === null && input.editsYaml !== undefined ? { dataset: null } : {}),
    problems: [...problems, ...result.problems],
  };
}

/** An `--edits` file: a curation file whose other corrections belong in the curation file itself. */
function readEditsFile(yaml: string, problems: PipelineProblem[]): Curation | null {
  const file = parseYamlWith(CurationSchema, yaml, 'edits file', problems);
  if (!file) return null;
  const misplaced = (['events', 'add', 'reviewed'] as const).filter(
    (key) => Object.keys(file[key]).length > 0,
  );
  for (const key of misplaced) {
    problems.push({
      message: `edits file: ${key}: an edits file applies only its edits, title and description; ${key} belongs in the curation file`,
    });
  }
  return misplaced.length > 0 ? null : file;
}

/** The typed core: articles already read, the known actors and the editor's corrections. */
export function runPipelineOnArticles(input: ArticlesInput): PipelineResult {
  const problems: PipelineProblem[] = [];
  const articles: Article[] = [];
  const ids = new Set<string>();
  for (const article of [...input.articles].sort((a, b) => comparePaths(a.path, b.path))) {
    if (ids.has(article.meta.id)) {
      problems.push({
        path: article.path,
        message: `has the source id "${article.meta.id}" of another article`,
      });
    } else {
      ids.add(article.meta.id);
      articles.push(article);
    }
  }

  const { curation } = input;
  const corpus = analyseCorpus(articles, input.knownActors);
  const built = buildDataset({
    corpus,
    curation,
    knownActors: input.knownActors,
    title: curation.title ?? DEFAULT_TITLE,
    ...(curation.description !== undefined ? { description: curation.description } : {}),
  });
  problems.push(...built.curationProblems.map((message) => ({ message })));
  const checked = DatasetSchema.safeParse(built.dataset);
  if (!checked.success) {
    problems.push(
      ...checked.error.issues.map((issue) => ({
        message: `dataset: ${issue.path.map(String).join('.')}: ${issue.message}`,
      })),
    );
  }
  let dataset = checked.success ? checked.data : null;
  if (dataset) {
    const edited = applyCurationEdits(dataset, [
      { file: 'curation', edits: curation.edits },
      { file: 'edits file', edits: input.editsFile ?? [] },
    ]);
    if (edited.ok) dataset = edited.dataset;
    else {
      problems.push(...edited.problems.map((message) => ({ message })));
      dataset = null;
    }
  }
  const allItems = reviewItems(dataset ?? built.dataset, corpus);
  const acknowledged = new Set(curation.reviewed);
  return {
    dataset,
    corpus,
    candidates: built.candidates,
    problems,
    review: allItems.filter((item) => !acknowledged.has(item.id)),
    reviewed: allItems.filter((item) => acknowledged.has(item.id)),
  };
}

/** The alias table (data/actors.yaml) as the CLI reads it; an unreadable one counts as empty. */
export function readActorTable(yaml: string, problems: PipelineProblem[]): ActorTable {
  return parseYamlWith(ActorTableSchema, yaml, 'actor table', problems) ?? [];
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
  problems: PipelineProblem[],
): T | null {
  let raw: unknown;
  try {
    raw = parseYaml(text, { schema: 'core' });
  } catch (error) {
    problems.push({ message: `${what}: not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return null;
  }
  const result = schema.safeParse(raw ?? undefined);
  if (result.success) return result.data;
  problems.push(
    ...result.error.issues.map((issue) => ({
      message: `${what}: ${issue.path.map(String).join('.')}: ${issue.message}`,
    })),
  );
  return null;
}
