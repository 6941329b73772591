// The plain data that flows between the pipeline's stages.
import type { ActorKind } from '../schema/dataset';

export interface ArticleMeta {
  /** Source id in the dataset; from front matter, or from the file name. */
  id: string;
  publisher: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
  via?: string;
}

export interface Article {
  /** Path as given to the pipeline, for messages. */
  path: string;
  /** The whole file, exactly as read: every offset points into it. */
  text: string;
  meta: ArticleMeta;
  /** Offset of the body (after any front matter) in `text`. */
  bodyStart: number;
  /** Front-matter keys Newsline does not read (`author:`, `tags:`): ignored, and noted for review. */
  ignoredKeys: string[];
  /** Metadata lines of a bare text file that were read as metadata, as [start, end) offsets. */
  metadataLines: [number, number][];
}

export interface Sentence {
  text: string;
  /** Offset of the sentence in the article's text. */
  start: number;
  paragraph: number;
}

export type DateBasis = 'stated' | 'relative' | 'unresolved';

export interface DateMention {
  phrase: string;
  start: number;
  /** Partial dates; null when the date cannot be resolved (a relative date with no publication date). */
  value: { start: string; end?: string } | null;
  basis: DateBasis;
  approximate: boolean;
}

export interface ActorMention {
  actorId: string;
  name: string;
  kind: ActorKind;
  /** The words in the text, and where. */
  surface: string;
  start: number;
}

export interface Statement {
  kind: 'quote' | 'paraphrase';
  text: string;
  start: number;
  speakerId: string | null;
}

export interface AnalysedSentence extends Sentence {
  dates: DateMention[];
  actors: ActorMention[];
  statements: Statement[];
}
