import { Invoice, type InvoiceInput, newId, nowIso } from '@/lib/schema';
import type { AppDB } from '@/lib/db/app-db';
import { patchChecked } from './patch';

export async function createInvoice(db: AppDB, input: Omit<InvoiceInput, 'id'>): Promise<Invoice> {
  const now = nowIso();
  const invoice = Invoice.parse({ ...input, id: newId(), createdAt: now, updatedAt: now });
  await db.invoices.add(invoice);
  return invoice;
}

/** Saves an edit; `base` holds the values the form started from (conflict check with other tabs). */
export function updateInvoice(db: AppDB, id: string, patch: Partial<Invoice>, base?: Partial<Invoice>): Promise<Invoice> {
  return db.transaction('rw', db.invoices, () => patchChecked<Invoice>(db.invoices, id, patch, base, (m) => Invoice.parse(m)));
}

/** Paid on `paidOn` (the user's local day), or unpaid again when null (the Undo of "Mark paid"). */
export function setInvoicePaid(db: AppDB, id: string, paidOn: string | null): Promise<Invoice> {
  return updateInvoice(db, id, { paid: paidOn !== null, paidOn });
}

/** Returns the deleted record so the caller can offer Undo. */
export function deleteInvoice(db: AppDB, id: string): Promise<Invoice | undefined> {
  return db.transaction('rw', db.invoices, async () => {
    const i = await db.invoices.get(id);
    if (i) await db.invoices.delete(id);
    return i;
  });
}

/** Undo of deleteInvoice: the record back as it was, same id. */
export async function restoreInvoice(db: AppDB, invoice: Invoice): Promise<void> {
  await db.invoices.put(invoice);
}
