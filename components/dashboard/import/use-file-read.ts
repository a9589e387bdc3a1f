import { useRef, useState } from 'react';
import type { ImportEncoding } from '@/lib/io/contacts-import/encoding';
import type { ReadResult } from '@/lib/io/contacts-import/read-source';
import { ReadCancelled, readInWorker } from '@/lib/io/contacts-import/read-in-worker';

export type ReadOk = Extract<ReadResult, { ok: true }>;

export type ReadPhase = { kind: 'idle' } | { kind: 'reading'; read: number; total: number } | { kind: 'ready' };

export type ReadOutcome<Failure> =
  { kind: 'failed'; failure: Failure } | { kind: 'error'; key: string; params: string[] } | { kind: 'cancelled' };

interface Options<Failure> {
  setPhase: (phase: ReadPhase) => void;
  setOutcome: (outcome: ReadOutcome<Failure> | undefined) => void;
  /** The read file as this import takes it, or why it cannot. */
  accept: (result: ReadResult) => { ok: ReadOk } | { failure: Failure };
  /** A file was read and accepted (e.g. map its columns). */
  onRead: (source: ReadOk) => void;
  /** Forget what was derived from the previous file. */
  onReset: () => void;
  /** The message key for a read that failed unexpectedly. */
  readFailedKey: string;
}

/**
 * Reading a CSV or vCard file in the parsing worker for an import card (contacts, invoices): the
 * chosen file, what it read, progress and cancel. Every new file or reset bumps a generation, so a
 * superseded read cannot overwrite the newer state.
 */
export function useFileRead<Failure>(options: Options<Failure>) {
  const { setPhase, setOutcome } = options;
  const [source, setSource] = useState<ReadOk>();
  const [file, setFile] = useState<File>();
  const cancelRef = useRef<() => void>(undefined);
  const generation = useRef(0);

  const reset = () => {
    generation.current++;
    cancelRef.current?.();
    cancelRef.current = undefined;
    setPhase({ kind: 'idle' });
    setOutcome(undefined);
    setSource(undefined);
    options.onReset();
  };

  const read = async (chosen: File, encoding?: ImportEncoding) => {
    reset();
    const gen = generation.current;
    setFile(chosen);
    setPhase({ kind: 'reading', read: 0, total: chosen.size });
    const job = readInWorker(chosen, encoding, (n, total) => setPhase({ kind: 'reading', read: n, total }));
    cancelRef.current = job.cancel;
    try {
      const result = await job.result;
      if (gen !== generation.current) return;
      cancelRef.current = undefined;
      const accepted = options.accept(result);
      if ('failure' in accepted) {
        setPhase({ kind: 'idle' });
        setOutcome({ kind: 'failed', failure: accepted.failure });
        return;
      }
      setSource(accepted.ok);
      options.onRead(accepted.ok);
      setPhase({ kind: 'ready' });
    } catch (e) {
      if (gen !== generation.current) return;
      cancelRef.current = undefined;
      setPhase({ kind: 'idle' });
      setOutcome(
        e instanceof ReadCancelled ? { kind: 'cancelled' } : { kind: 'error', key: options.readFailedKey, params: [String(e)] },
      );
    }
  };

  return { source, setSource, file, read, reset, cancelRef };
}
