import { useEffect, useMemo, useRef, useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { toUserFacing } from '@/lib/db/errors';
import { importLookup, type ImportLookup } from '@/lib/db/queries/import-lookup';
import { importWritesTotal, writeContactsImport } from '@/lib/db/repos/import-contacts';
import { getSettings } from '@/lib/db/repos/settings';
import { contactFields, type ContactFieldKey } from '@/lib/io/contacts-import/contact-fields';
import { candidatesOf, type RowProblem } from '@/lib/io/contacts-import/contact-row';
import type { ImportEncoding } from '@/lib/io/contacts-import/encoding';
import { autoMap, type Mapping } from '@/lib/io/contacts-import/mapping';
import { planImport, type DuplicateMode, type ImportSummary } from '@/lib/io/contacts-import/plan';
import type { ReadFailure, ReadResult } from '@/lib/io/contacts-import/read-source';
import { ReadCancelled, readInWorker } from '@/lib/io/contacts-import/read-in-worker';

export type ReadOk = Extract<ReadResult, { ok: true }>;

export type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; read: number; total: number }
  | { kind: 'ready' }
  | { kind: 'writing'; done: number; total: number };

/** What import-result shows: the counts, or why nothing was written. */
export type Outcome =
  | { kind: 'ok'; summary: ImportSummary; setAside: RowProblem[] }
  | { kind: 'failed'; failure: ReadFailure }
  | { kind: 'error'; key: string; params: string[] }
  | { kind: 'cancelled' };

/**
 * The contacts import's state: the file read in a worker, the mapping and duplicate choice, the
 * plan derived from them, and the one write. Every step before Confirm only reads.
 */
export function useContactsImport() {
  const db = getDb();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [outcome, setOutcome] = useState<Outcome>();
  const [source, setSource] = useState<ReadOk>();
  const [file, setFile] = useState<File>();
  const [mapping, setMapping] = useState<Mapping<ContactFieldKey>>([]);
  const [mode, setMode] = useState<DuplicateMode>('merge');
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  /** The stored records the current rows match against (`rows` tells which rows it was read for). */
  const [lookup, setLookup] = useState<{ rows: object; data: ImportLookup }>();
  const cancelRef = useRef<() => void>(undefined);
  /** Bumped by every new file or reset, so a superseded read cannot overwrite the newer state. */
  const generation = useRef(0);

  useEffect(() => {
    void getSettings(db).then((s) => setIgnored(new Set([...s.freemailDomains, ...s.ownDomains])));
  }, [db]);

  const reset = () => {
    generation.current++;
    cancelRef.current?.();
    cancelRef.current = undefined;
    setPhase({ kind: 'idle' });
    setOutcome(undefined);
    setSource(undefined);
    setLookup(undefined);
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
      if (!result.ok) {
        setPhase({ kind: 'idle' });
        setOutcome({ kind: 'failed', failure: result.failure });
        return;
      }
      setSource(result);
      setMapping(autoMap(result.table.headers, contactFields));
      setPhase({ kind: 'ready' });
    } catch (e) {
      if (gen !== generation.current) return;
      cancelRef.current = undefined;
      setPhase({ kind: 'idle' });
      setOutcome(
        e instanceof ReadCancelled
          ? { kind: 'cancelled' }
          : { kind: 'error', key: 'contactsImportReadFailed', params: [String(e)] },
      );
    }
  };

  const rows = useMemo(() => {
    if (!source) return { candidates: [], problems: [] };
    const { candidates, problems } = candidatesOf(source.table, mapping, ignored);
    // vCards that did not parse come first in the file's order with the rest.
    return { candidates, problems: [...source.problems, ...problems].sort((a, b) => a.line - b.line) };
  }, [source, mapping, ignored]);

  useEffect(() => {
    if (!source) return;
    let live = true;
    void importLookup(db, [...new Set(rows.candidates.flatMap((c) => c.emails))]).then((data) => {
      if (live) setLookup({ rows, data });
    });
    return () => {
      live = false;
    };
  }, [db, source, rows]);

  const plan = useMemo(
    () => (lookup?.rows === rows ? planImport(rows.candidates, lookup.data, mode) : undefined),
    [rows, lookup, mode],
  );

  const confirm = async () => {
    if (!plan) return;
    const controller = new AbortController();
    cancelRef.current = () => controller.abort();
    const total = importWritesTotal(plan.writes);
    setPhase({ kind: 'writing', done: 0, total });
    try {
      await writeContactsImport(db, plan.writes, {
        signal: controller.signal,
        onProgress: (done) => setPhase({ kind: 'writing', done, total }),
      });
      setOutcome({ kind: 'ok', summary: plan.summary, setAside: rows.problems });
    } catch (e) {
      if (controller.signal.aborted) setOutcome({ kind: 'cancelled' });
      else {
        const u = toUserFacing(e);
        setOutcome({ kind: 'error', key: u.key, params: u.params });
      }
    } finally {
      cancelRef.current = undefined;
      setSource(undefined);
      setLookup(undefined);
      setPhase({ kind: 'idle' });
    }
  };

  const cancel = () => {
    cancelRef.current?.();
  };

  return { phase, outcome, source, file, mapping, setMapping, mode, setMode, rows, plan, read, confirm, cancel, reset };
}
