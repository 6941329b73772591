// The worker that parses and validates a dataset off the main thread, so a large file never freezes
// the page: it reports progress and hands the dataset over in parts as it checks them, so the page
// takes in one part while the next is being checked.
import { parseDatasetInParts } from './parseDataset';
import type { WorkerReply, WorkerRequest } from './parseOffThread';

const post = (reply: WorkerReply) => self.postMessage(reply);

self.onmessage = (message: MessageEvent<WorkerRequest>) => {
  const outcome = parseDatasetInParts(message.data.text, {
    onHead: (head) => post({ kind: 'head', head }),
    onEvents: (events) => post({ kind: 'events', events }),
    onProgress: (checked, total) => post({ kind: 'progress', checked, total }),
  });
  post({ kind: 'done', outcome });
};
