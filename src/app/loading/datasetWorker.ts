// The dataset's worker: it reads a dataset (Newsline, TimelineJS or CSV; from an address, a file or
// the page) and validates it off the main thread, so a large file never freezes the page, reporting
// progress and handing the dataset over in parts as it checks them; then it keeps only what search
// reads of the dataset (its events' text) to answer searches, whose index takes seconds to build at
// 100,000 events. It words what is wrong with a file in the page's language, which a parse carries.
import { speak } from '../model/i18n/intl';
import { searchCorpusBuilder, type SearchCorpus } from '../model/search/searchCorpus';
import type { DatasetHead } from './parseDataset';
import { MAX_STREAMED_BYTES, openDatasetStream } from './fetchDataset';
import type { WorkerReply, WorkerRequest } from './datasetParser';

const post = (reply: WorkerReply) => self.postMessage(reply);
let corpus: SearchCorpus | null = null;

// Messages from our own page, typed by the protocol in datasetParser.ts; nothing outside can reach a
// dedicated worker.
self.onmessage = async ({ data: request }: MessageEvent<WorkerRequest>) => {
  if (request.kind === 'search') {
    // The index library loads with the first search: most readers never search.
    const { searchEvents } = await import('../model/search/searchIndex');
    const found = corpus ? searchEvents(corpus, request.query) : null;
    post({
      kind: 'search-result',
      id: request.id,
      result: found && { ids: [...found.ids], terms: found.terms },
    });
    return;
  }
  corpus = null;
  await speak(request.locale);
  // Each batch's searched text is kept as it is handed over: a million events are never all here.
  const searched = searchCorpusBuilder();
  const last: { head: DatasetHead | null } = { head: null };
  // The download starts at once; the checks' code (the schema, zod) loads meanwhile.
  const { input } = request;
  const opened =
    input.kind === 'address' ? openDatasetStream(input.url, { maxBytes: MAX_STREAMED_BYTES }) : undefined;
  const { readDatasetInput } = await import('./readDatasetInput');
  const outcome = await readDatasetInput(
    input,
    {
      onHead: (head) => {
        last.head = head;
        post({ kind: 'head', head });
      },
      onEvents: (chunk) => {
        searched.add(chunk);
        post({ kind: 'events', events: chunk });
      },
    },
    {
      onBytes: (loaded, total) => post({ kind: 'bytes', loaded, total }),
      onDownloaded: () => post({ kind: 'downloaded' }),
      onChecked: (checked, total) => post({ kind: 'progress', checked, total }),
    },
    { ...(opened ? { opened } : {}) },
  );
  corpus = outcome.ok && last.head ? searched.corpus(last.head.actors) : null;
  post({ kind: 'done', outcome });
};
