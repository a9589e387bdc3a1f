/**
 * What an invoices import will do, decided before anything is written: rows that add an invoice,
 * rows that update the stored one with the same account and number (the [accountId+number]
 * index), rows that change nothing, and a number the file repeats for one client (set aside, the
 * first row wins). Pure and linear, so the preview is exactly what the write does.
 */
import type { Invoice, InvoiceInput } from '@/lib/schema/invoice';
import { newId } from '@/lib/schema/common';
import type { InvoiceCandidate, InvoiceProblem } from './invoice-row';

export type PlannedStatus = 'add' | 'update' | 'unchanged';

export interface PlannedRow {
  line: number;
  status: PlannedStatus;
  candidate: InvoiceCandidate;
}

export interface InvoicesPlan {
  rows: PlannedRow[];
  /** New invoices, complete. */
  adds: (InvoiceInput & { id: string })[];
  /** Stored invoices with the file's values applied (the stored id, kind and notes kept). */
  updates: Invoice[];
  problems: InvoiceProblem[];
}

export const invoiceKey = (accountId: string, number: string) => `${accountId}\u0000${number}`;

/** The fields a row sets on an invoice; a column the file lacks leaves the stored value. */
function applied(c: InvoiceCandidate, base: Pick<Invoice, 'issuedOn' | 'dueOn' | 'paid' | 'paidOn'>) {
  return {
    amount: c.amount,
    currency: c.currency,
    issuedOn: c.issuedOn === undefined ? base.issuedOn : c.issuedOn,
    dueOn: c.dueOn === undefined ? base.dueOn : c.dueOn,
    paid: c.paid ? c.paid.paid : base.paid,
    // A "yes" keeps a known payment day; a day in the column replaces it; unpaid has none.
    paidOn: c.paid ? (c.paid.paid ? (c.paid.paidOn ?? base.paidOn) : null) : base.paidOn,
  };
}

const same = (a: Record<string, unknown>, b: Record<string, unknown>) => Object.keys(a).every((k) => a[k] === b[k]);

export function planInvoicesImport(candidates: readonly InvoiceCandidate[], stored: readonly Invoice[]): InvoicesPlan {
  const storedByKey = new Map<string, Invoice>();
  for (const s of stored) if (s.number) storedByKey.set(invoiceKey(s.accountId, s.number), s);
  const seen = new Map<string, number>();
  const plan: InvoicesPlan = { rows: [], adds: [], updates: [], problems: [] };
  for (const c of candidates) {
    if (c.number) {
      const key = invoiceKey(c.accountId, c.number);
      const first = seen.get(key);
      if (first !== undefined) {
        plan.problems.push({ line: c.line, key: 'invoicesImportDuplicate', params: [c.number, String(first)] });
        continue;
      }
      seen.set(key, c.line);
      const old = storedByKey.get(key);
      if (old) {
        const next = applied(c, old);
        if (same(next, old)) plan.rows.push({ line: c.line, status: 'unchanged', candidate: c });
        else {
          plan.updates.push({ ...old, ...next });
          plan.rows.push({ line: c.line, status: 'update', candidate: c });
        }
        continue;
      }
    }
    const fresh = applied(c, { issuedOn: null, dueOn: null, paid: false, paidOn: null });
    plan.adds.push({ id: newId(), accountId: c.accountId, kind: 'invoice', number: c.number, ...fresh });
    plan.rows.push({ line: c.line, status: 'add', candidate: c });
  }
  return plan;
}
