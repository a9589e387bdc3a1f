/**
 * Runs read-source.ts in a module worker (Vite bundles `new URL(…, import.meta.url)` workers
 * into the extension). The returned `cancel` ends the worker at once: nothing was written yet.
 */
import type { ImportEncoding } from './encoding';
import type { ReadResult } from './read-source';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export interface WorkerRead {
  result: Promise<ReadResult>;
  cancel: () => void;
}

export class ReadCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export function readInWorker(
  file: File,
  encoding: ImportEncoding | undefined,
  onProgress: (read: number, total: number) => void,
): WorkerRead {
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  let settle: ((e: Error) => void) | undefined;
  const result = new Promise<ReadResult>((resolve, reject) => {
    settle = reject;
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.read, reply.total);
      else {
        worker.terminate();
        if (reply.type === 'done') resolve(reply.result);
        else reject(new Error(reply.message));
      }
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the file reader stopped'));
    });
  });
  const request: WorkerRequest = { file, name: file.name, encoding };
  worker.postMessage(request);
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle?.(new ReadCancelled());
    },
  };
}
