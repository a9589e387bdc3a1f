/**
 * The dashboard's parsing worker: reads the chosen file off the page's thread so a 100,000-row
 * export neither freezes the page nor stops the progress bar. Wiring only (read-source.ts reads).
 */
import { readSource } from './read-source';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { file, name, encoding } = event.data;
  let last = 0;
  readSource(file, name, {
    encoding,
    onProgress: (read, total) => {
      // A message per slice of 1 MB is plenty for a smooth bar.
      if (read - last < 256 * 1024 && read < total) return;
      last = read;
      post({ type: 'progress', read, total });
    },
  }).then(
    (result) => post({ type: 'done', result }),
    (e: unknown) => post({ type: 'failed', message: e instanceof Error ? e.message : String(e) }),
  );
});
