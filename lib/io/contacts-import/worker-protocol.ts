import type { ImportEncoding } from './encoding';
import type { ReadResult } from './read-source';

/** The page asks the parsing worker to read one file (encoding: the user's choice, else detected). */
export interface WorkerRequest {
  file: Blob;
  name: string;
  encoding?: ImportEncoding;
}

export type WorkerReply =
  { type: 'progress'; read: number; total: number } | { type: 'done'; result: ReadResult } | { type: 'failed'; message: string };
