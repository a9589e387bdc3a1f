import { useEffect, useMemo, useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { toUserFacing } from '@/lib/db/errors';
import { importLookup } from '@/lib/db/queries/import-lookup';
import { invoicesByNumbers } from '@/lib/db/queries/invoices';
import { writeInvoicesImport } from '@/lib/db/repos/import-invoices';
import { autoMap, type Mapping } from '@/lib/io/contacts-import/mapping';
import { buildClientIndex, type ClientIndex } from '@/lib/io/invoices-import/client-match';
import { invoiceFields, type InvoiceFieldKey } from '@/lib/io/invoices-import/invoice-fields';
import { invoiceCandidatesOf, readHabits, type InvoiceProblem } from '@/lib/io/invoices-import/invoice-row';
import { planInvoicesImport, type InvoicesPlan } from '@/lib/io/invoices-import/plan';
import { decimalMarkOf } from '@/lib/money/amount';
import type { Invoice } from '@/lib/schema';
import { uiLocale } from '@/lib/time/ui-locale';
import { cleanEmail } from '@/lib/matching/normalize';
import { type ReadOk, useFileRead } from './use-file-read';

export type InvoicesFailure = 'empty' | 'notCsv' | 'tooLarge' | 'tooManyRows';

export type InvoicesPhase =
  { kind: 'idle' } | { kind: 'reading'; read: number; total: number } | { kind: 'ready' } | { kind: 'writing' };

export interface InvoicesCounts {
  added: number;
  updated: number;
  unchanged: number;
  setAside: number;
}

export type InvoicesOutcome =
  | { kind: 'ok'; counts: InvoicesCounts; problems: InvoiceProblem[]; accountIds: string[] }
  | { kind: 'failed'; failure: InvoicesFailure }
  | { kind: 'error'; key: string; params: string[] }
  | { kind: 'cancelled' };

export function countsOf(plan: InvoicesPlan, problems: readonly InvoiceProblem[]): InvoicesCounts {
  const n = (s: string) => plan.rows.filter((r) => r.status === s).length;
  return { added: n('add'), updated: n('update'), unchanged: n('unchanged'), setAside: problems.length };
}

/**
 * The invoices import's state: the file read in the contacts import's parsing worker, the column
 * mapping and default currency, the clients and stored invoices the rows match, and the plan
 * derived from them. Only Confirm writes, in one transaction.
 */
export function useInvoicesImport() {
  const db = getDb();
  const [phase, setPhase] = useState<InvoicesPhase>({ kind: 'idle' });
  const [outcome, setOutcome] = useState<InvoicesOutcome>();
  const [mapping, setMapping] = useState<Mapping<InvoiceFieldKey>>([]);
  const [defaultCurrency, setDefaultCurrency] = useState('');
  const [index, setIndex] = useState<{ source: ReadOk; data: ClientIndex }>();
  const [stored, setStored] = useState<{ rows: object; data: Invoice[] }>();
  const { source, setSource, file, read, reset, cancelRef } = useFileRead<InvoicesFailure>({
    setPhase,
    setOutcome,
    // An invoices export is a table: a vCard (or anything else) is not one.
    accept: (result) =>
      result.ok && result.format === 'csv'
        ? { ok: result }
        : { failure: result.ok || result.failure === 'notContacts' ? 'notCsv' : result.failure },
    onRead: (result) => setMapping(autoMap(result.table.headers, invoiceFields)),
    onReset: () => {
      setIndex(undefined);
      setStored(undefined);
    },
    readFailedKey: 'invoicesImportReadFailed',
  });

  // The clients rows are matched against: every account, and the people with an email the file names.
  useEffect(() => {
    if (!source) return;
    let live = true;
    const emails = new Set<string>();
    for (const row of source.table.rows) for (const cell of row) if (cell.includes('@')) emails.add(cleanEmail(cell));
    void importLookup(db, [...emails]).then((lookup) => {
      if (live) setIndex({ source, data: buildClientIndex(lookup) });
    });
    return () => {
      live = false;
    };
  }, [db, source]);

  const rows = useMemo(() => {
    if (!source || index?.source !== source) return undefined;
    const habits = readHabits(source.table.rows, mapping, decimalMarkOf(uiLocale()));
    return invoiceCandidatesOf(source.table, mapping, { ...habits, index: index.data, defaultCurrency });
  }, [source, index, mapping, defaultCurrency]);

  useEffect(() => {
    if (!rows) return;
    let live = true;
    const keys = rows.candidates.filter((c) => c.number).map((c) => [c.accountId, c.number] as const);
    void invoicesByNumbers(db, keys).then((data) => {
      if (live) setStored({ rows, data });
    });
    return () => {
      live = false;
    };
  }, [db, rows]);

  const plan = useMemo(() => {
    if (!rows || stored?.rows !== rows) return undefined;
    const p = planInvoicesImport(rows.candidates, stored.data);
    return { ...p, problems: [...rows.problems, ...p.problems].sort((a, b) => a.line - b.line) };
  }, [rows, stored]);

  const confirm = async () => {
    if (!plan) return;
    setPhase({ kind: 'writing' });
    try {
      await writeInvoicesImport(db, plan);
      setOutcome({
        kind: 'ok',
        counts: countsOf(plan, plan.problems),
        problems: plan.problems,
        accountIds: [...new Set(plan.rows.map((r) => r.candidate.accountId))],
      });
    } catch (e) {
      const u = toUserFacing(e);
      setOutcome({ kind: 'error', key: u.key, params: u.params });
    } finally {
      setSource(undefined);
      setIndex(undefined);
      setStored(undefined);
      setPhase({ kind: 'idle' });
    }
  };

  const cancel = () => cancelRef.current?.();

  const accountNames = index?.data.names;

  return {
    accountNames,
    phase,
    outcome,
    source,
    file,
    mapping,
    setMapping,
    defaultCurrency,
    setDefaultCurrency,
    plan,
    read,
    confirm,
    cancel,
    reset,
  };
}
