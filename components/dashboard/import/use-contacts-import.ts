import { useEffect, useMemo, useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { toUserFacing } from '@/lib/db/errors';
import { importLookup, type ImportLookup } from '@/lib/db/queries/import-lookup';
import { importWritesTotal, writeContactsImport } from '@/lib/db/repos/import-contacts';
import { getSettings } from '@/lib/db/repos/settings';
import { contactFields, type ContactFieldKey } from '@/lib/io/contacts-import/contact-fields';
import { candidatesOf, type RowProblem } from '@/lib/io/contacts-import/contact-row';
import { autoMap, type Mapping } from '@/lib/io/contacts-import/mapping';
import { planImport, type DuplicateMode, type ImportSummary } from '@/lib/io/contacts-import/plan';
import type { ReadFailure } from '@/lib/io/contacts-import/read-source';
import { useFileRead } from './use-file-read';

export type { ReadOk } from './use-file-read';

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
  const [mapping, setMapping] = useState<Mapping<ContactFieldKey>>([]);
  const [mode, setMode] = useState<DuplicateMode>('merge');
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  /** The stored records the current rows match against (`rows` tells which rows it was read for). */
  const [lookup, setLookup] = useState<{ rows: object; data: ImportLookup }>();
  const { source, setSource, file, read, reset, cancelRef } = useFileRead<ReadFailure>({
    setPhase,
    setOutcome,
    accept: (result) => (result.ok ? { ok: result } : { failure: result.failure }),
    onRead: (result) => setMapping(autoMap(result.table.headers, contactFields)),
    onReset: () => setLookup(undefined),
    readFailedKey: 'contactsImportReadFailed',
  });

  useEffect(() => {
    void getSettings(db).then((s) => setIgnored(new Set([...s.freemailDomains, ...s.ownDomains])));
  }, [db]);

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
