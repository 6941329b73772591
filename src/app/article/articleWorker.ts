// The worker that runs the extraction pipeline on a pasted article, off the page: compromise and
// chrono-node take a moment to start, and a long article a moment to read.
import type { TimelineActor } from './aliasTable';
import { extractArticle, type ArticleInput, type Extraction } from './extractArticle';

export interface ArticleRequest {
  input: ArticleInput;
  known: TimelineActor[];
  sourceId: string;
}

// Messages from our own page, typed by the protocol above; nothing outside can reach a dedicated worker.
self.onmessage = ({ data }: MessageEvent<ArticleRequest>) => {
  let reply: Extraction;
  try {
    reply = extractArticle(data.input, data.known, data.sourceId);
  } catch (error) {
    reply = {
      ok: false,
      problems: [`The extractor failed: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  self.postMessage(reply);
};
