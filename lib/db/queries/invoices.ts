import type { AppDB } from '@/lib/db/app-db';
import type { Invoice } from '@/lib/schema';

/** Unpaid first (earliest due first, undated last), then paid ones, latest issued first. */
function byAttention(a: Invoice, b: Invoice): number {
  if (a.paid !== b.paid) return a.paid ? 1 : -1;
  if (!a.paid) {
    const ad = a.dueOn ?? '\uffff';
    const bd = b.dueOn ?? '\uffff';
    if (ad !== bd) return ad < bd ? -1 : 1;
  }
  const ai = a.issuedOn ?? '';
  const bi = b.issuedOn ?? '';
  if (ai !== bi) return ai < bi ? 1 : -1;
  return a.number.localeCompare(b.number);
}

/** An account's orders and invoices in the order a manager chases them. */
export async function invoicesOf(db: AppDB, accountId: string): Promise<Invoice[]> {
  return (await db.invoices.where('accountId').equals(accountId).toArray()).sort(byAttention);
}

/** The stored invoices an import's rows may update, by [accountId+number]. */
export function invoicesByNumbers(db: AppDB, keys: readonly (readonly [string, string])[]): Promise<Invoice[]> {
  if (keys.length === 0) return Promise.resolve([]);
  return db.invoices
    .where('[accountId+number]')
    .anyOf(keys.map(([a, n]) => [a, n]))
    .toArray();
}
