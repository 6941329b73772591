// The worker that runs the extraction pipeline on a pasted article, off the page: compromise and
// chrono-node take a moment to start, and a long article a moment to read. It words its problems
// in the page's language, which the request carries (a worker has its own copy of every module).
import { speak, t, type LocaleSetting } from '../model/i18n/intl';
import type { TimelineActor } from './aliasTable';
import { extractArticle, type ArticleInput, type Extraction } from './extractArticle';

export interface ArticleRequest {
  input: ArticleInput;
  known: TimelineActor[];
  sourceId: string;
  locale: LocaleSetting;
}

// Messages from our own page, typed by the protocol above; nothing outside can reach a dedicated worker.
self.onmessage = async ({ data }: MessageEvent<ArticleRequest>) => {
  await speak(data.locale);
  let reply: Extraction;
  try {
    reply = extractArticle(data.input, data.known, data.sourceId);
  } catch (error) {
    reply = {
      ok: false,
      problems: [
        t('article.extractorFailed', { error: error instanceof Error ? error.message : String(error) }),
      ],
    };
  }
  self.postMessage(reply);
};
