// Runs the extraction of a pasted article in a worker (or, where none can start, on the page).
// Nothing leaves the browser. The worker words its problems in the page's language.
import { currentLocale } from '../model/i18n/intl';
import type { ArticleRequest } from './articleWorker';
import type { Extraction } from './extractArticle';

export function proposeEvents(request: Omit<ArticleRequest, 'locale'>): Promise<Extraction> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./articleWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onThePage(request);
  }
  return new Promise((resolve) => {
    worker.onmessage = ({ data }: MessageEvent<Extraction>) => {
      worker.terminate();
      resolve(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(onThePage(request));
    };
    worker.postMessage({ ...request, locale: currentLocale() } satisfies ArticleRequest);
  });
}

async function onThePage(request: Omit<ArticleRequest, 'locale'>): Promise<Extraction> {
  const { extractArticle } = await import('./extractArticle');
  return extractArticle(request.input, request.known, request.sourceId);
}
