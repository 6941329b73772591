// The dataset's worker: it reads a dataset (Newsline, TimelineJS or CSV; from an address, a file or
// the page) and validates it off the main thread, so a large file never freezes the page, reporting
// progress and handing the dataset over in parts as it checks them; then it keeps nothing of it.
// With the first search the page hands it what search reads (the events' text), and it answers
// searches, whose index takes seconds to build at 100,000 events. It words what is wrong with a
// file in the page's language, which a parse carries.
import { speak } from '../model/i18n/intl';
import type { SearchCorpus, SearchedFields } from '../model/search/searchCorpus';
import { MAX_STREAMED_BYTES, openDatasetStream } from './fetchDataset';
import type { WorkerReply, WorkerRequest } from './datasetParser';

const post = (reply: WorkerReply) => self.postMessage(reply);
/** The searched text handed over so far; the corpus is made of it with the first search after it. */
let documents: SearchedFields[] = [];
let corpus: SearchCorpus | null = null;

// Messages from our own page, typed by the protocol in datasetParser.ts; nothing outside can reach a
// dedicated worker.
self.onmessage = async ({ data: request }: MessageEvent<WorkerRequest>) => {
  if (request.kind === 'corpus') {
    // Handled at once, in order: every batch is here before the search sent after them.
    for (const document of request.documents) documents.push(document);
    corpus = null;
    return;
  }
  if (request.kind === 'search') {
    corpus ??= documents.length > 0 ? { documents } : null;
    const searched = corpus;
    // The index library loads with the first search: most readers never search.
    const { searchEvents } = await import('../model/search/searchIndex');
    const found = searched ? searchEvents(searched, request.query) : null;
    post({
      kind: 'search-result',
      id: request.id,
      result: found && { ids: [...found.ids], terms: found.terms },
    });
    return;
  }
  documents = [];
  corpus = null;
  // The checks' code (the schema, zod) starts loading first, then the download (once the worker
  // speaks the page's language, in which it words a failed one); each goes on while the other does.
  const checks = import('./readDatasetInput');
  await speak(request.locale);
  const { input } = request;
  const opened =
    input.kind === 'address' ? openDatasetStream(input.url, { maxBytes: MAX_STREAMED_BYTES }) : undefined;
  const { readDatasetInput } = await checks;
  const outcome = await readDatasetInput(
    input,
    {
      onHead: (head) => post({ kind: 'head', head }),
      onEvents: (chunk) => post({ kind: 'events', events: chunk }),
    },
    {
      onBytes: (loaded, total) => post({ kind: 'bytes', loaded, total }),
      onDownloaded: () => post({ kind: 'downloaded' }),
      onChecked: (checked, total) => post({ kind: 'progress', checked, total }),
    },
    { ...(opened ? { opened } : {}) },
  );
  post({ kind: 'done', outcome });
};
