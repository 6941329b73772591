// The dataset's worker: it parses and validates a dataset off the main thread, so a large file never
// freezes the page, reporting progress and handing the dataset over in parts as it checks them; then
// it keeps the dataset to answer searches, whose index takes seconds to build at 100,000 events.
import type { Dataset, TimelineEvent } from '../../schema/dataset';
import { searchEvents } from '../domain/searchIndex';
import { parseDatasetInParts, type DatasetHead } from './parseDataset';
import type { WorkerReply, WorkerRequest } from './datasetParser';

const post = (reply: WorkerReply) => self.postMessage(reply);
let dataset: Dataset | null = null;

self.onmessage = ({ data: request }: MessageEvent<WorkerRequest>) => {
  if (request.kind === 'search') {
    const found = dataset ? searchEvents(dataset, request.query) : null;
    post({
      kind: 'search-result',
      id: request.id,
      result: found && { ids: [...found.ids], terms: found.terms },
    });
    return;
  }
  let head: DatasetHead | null = null;
  const events: TimelineEvent[] = [];
  const outcome = parseDatasetInParts(request.text, {
    onHead: (value) => {
      head = value;
      post({ kind: 'head', head: value });
    },
    onEvents: (chunk) => {
      for (const event of chunk) events.push(event);
      post({ kind: 'events', events: chunk });
    },
    onProgress: (checked, total) => post({ kind: 'progress', checked, total }),
  });
  dataset = outcome.ok && head ? { ...(head as DatasetHead), events } : null;
  post({ kind: 'done', outcome });
};
