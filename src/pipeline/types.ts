// The plain data that flows between the pipeline's stages.
import type { ActorKind, ImageMedia } from '../schema/dataset';

export interface ArticleMeta {
  /** Source id in the dataset; from front matter, or from the file name. */
  id: string;
  publisher: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
  via?: string;
  /** The article's picture (front matter `image`, `image_alt`…): its lead event shows it. */
  image?: ImageMedia;
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

/**
 * How a date mention was obtained: stated in the text, counted from the publication date, counted
 * from another event ("a day after the vote": resolved when the events are built), only vague
 * ("in recent years": before publication), or not resolvable (a relative date with no anchor).
 */
export type DateBasis = 'stated' | 'relative' | 'anchored' | 'vague' | 'unresolved';

export interface DateMention {
  phrase: string;
  start: number;
  /** Partial dates; null when the date cannot be resolved (a relative date with no publication date). */
  value: { start: string; end?: string } | null;
  basis: DateBasis;
  approximate: boolean;
  /** For an anchored mention: days from the event it is counted from ("a day after" → -1 for what follows). */
  offsetDays?: number;
  /** Main: the date of the sentence's own happening. Subordinate: of a clause inside it ("which fell in 2021"). */
  scope: 'main' | 'subordinate';
  /** A forecast or plan ("will launch on Monday", "until June"): not a date something happened. */
  planned: boolean;
  /** Inside a quotation: the speaker's time, not the article's. */
  inQuote: boolean;
  /** The clause the date belongs to, as [start, end) offsets in the article's text. */
  clause: [number, number];
}

export interface ActorMention {
  actorId: string;
  name: string;
  kind: ActorKind;
  /** The words in the text, and where. */
  surface: string;
  start: number;
  /** Named by a pronoun or a description ("she", "his family"): not another name for the actor. */
  inferred?: true;
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
