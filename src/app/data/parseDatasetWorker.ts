// The worker that parses and validates a dataset off the main thread, so a large file never freezes
// the page; it reports progress as it checks records, then hands back the result.
import { parseDataset } from './parseDataset';
import type { WorkerReply, WorkerRequest } from './parseOffThread';

const post = (reply: WorkerReply) => self.postMessage(reply);

self.onmessage = (message: MessageEvent<WorkerRequest>) => {
  const result = parseDataset(message.data.text, (checked, total) =>
    post({ kind: 'progress', checked, total }),
  );
  post({ kind: 'result', result });
};
