// The dataset's worker: it reads a dataset file (Newsline, TimelineJS or CSV) and validates it off the
// main thread, so a large file never freezes the page, reporting progress and handing the dataset
// over in parts as it checks them; then it keeps only what search reads of the dataset (its events'
// text) to answer searches, whose index takes seconds to build at 100,000 events.
import type { TimelineEvent } from '../../schema/dataset';
import { searchCorpus, type SearchCorpus } from '../model/search/searchCorpus';
import type { DatasetHead } from './parseDataset';
import { readDatasetFileInParts } from './readDatasetFile';
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
  const parts: { head: DatasetHead | null; events: TimelineEvent[] } = { head: null, events: [] };
  const outcome = await readDatasetFileInParts(request.text, request.name, {
    onHead: (head) => {
      parts.head = head;
      post({ kind: 'head', head });
    },
    onEvents: (chunk) => {
      for (const event of chunk) parts.events.push(event);
      post({ kind: 'events', events: chunk });
    },
    onProgress: (checked, total) => post({ kind: 'progress', checked, total }),
  });
  corpus = outcome.ok && parts.head ? searchCorpus({ ...parts.head, events: parts.events }) : null;
  post({ kind: 'done', outcome });
};
