import { Invoice, type InvoiceInput, nowIso } from '@/lib/schema';
import type { AppDB } from '@/lib/db/app-db';
import { UserFacingError } from '@/lib/db/errors';

/** Everything one invoices import writes, planned in lib/io/invoices-import/plan.ts. */
export interface InvoiceWrites {
  adds: (InvoiceInput & { id: string })[];
  updates: Invoice[];
}

/**
 * Writes an invoices import in ONE transaction: every accepted row or none. An account deleted
 * since the preview, an updated invoice deleted or edited meanwhile, or a record failing its
 * schema aborts it and IndexedDB rolls everything back.
 */
export async function writeInvoicesImport(db: AppDB, w: InvoiceWrites): Promise<void> {
  const now = nowIso();
  await db.transaction('rw', db.accounts, db.invoices, async () => {
    const accountIds = [...new Set([...w.adds, ...w.updates].map((i) => i.accountId))];
    const accounts = await db.accounts.bulkGet(accountIds);
    if (accounts.some((a) => !a)) throw new UserFacingError('invoicesImportChanged');
    const stored = await db.invoices.bulkGet(w.updates.map((u) => u.id));
    const updates = w.updates.map((u, k) => {
      const s = stored[k];
      // Another tab's edit since the preview would be overwritten: stop, nothing written.
      if (!s || s.updatedAt !== u.updatedAt) throw new UserFacingError('invoicesImportChanged');
      return Invoice.parse({ ...u, updatedAt: now });
    });
    const adds = w.adds.map((a) => Invoice.parse({ ...a, createdAt: now, updatedAt: now }));
    await db.invoices.bulkAdd(adds);
    await db.invoices.bulkPut(updates);
  });
}
