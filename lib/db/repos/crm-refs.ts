import type { AppDB } from '@/lib/db/app-db';
import { UserFacingError } from '@/lib/db/errors';
import { refIsRecord } from '@/lib/matching';
import { Account, type CrmRef } from '@/lib/schema';

/** The record a CRM page shows, as "Link this record" stores it. */
export interface RecordOnPage {
  url: string;
  record: { crm: string; type: string; id: string };
}

/** The entry stored for a record: its address plus the CRM's id, type and record id. */
export function crmRefOf({ url, record }: RecordOnPage): CrmRef {
  return { url, system: record.crm, recordId: record.id, recordType: record.type };
}

async function rewriteRefs(db: AppDB, accountId: string, change: (refs: CrmRef[]) => CrmRef[]): Promise<CrmRef[]> {
  return db.transaction('rw', db.accounts, async () => {
    const account = await db.accounts.get(accountId);
    if (!account) throw new UserFacingError('errorGone');
    const refs = change(account.crmRefs);
    await db.accounts.put(Account.parse({ ...account, crmRefs: refs, updatedAt: new Date().toISOString() }));
    return refs;
  });
}

/**
 * Links the record to the dossier (Account.crmRefs): the next visit opens it at once. A record
 * linked before is stored again with its current address, never twice.
 */
export function linkRecord(db: AppDB, accountId: string, page: RecordOnPage): Promise<CrmRef[]> {
  return rewriteRefs(db, accountId, (refs) => [...refs.filter((r) => !refIsRecord(r, page.url, page.record)), crmRefOf(page)]);
}

/** Unlinks the record from the dossier; returns the entries removed (for Undo). */
export async function unlinkRecord(db: AppDB, accountId: string, page: RecordOnPage): Promise<CrmRef[]> {
  let removed: CrmRef[] = [];
  await rewriteRefs(db, accountId, (refs) => {
    removed = refs.filter((r) => refIsRecord(r, page.url, page.record));
    return refs.filter((r) => !removed.includes(r));
  });
  return removed;
}

/** The dossier page's remove: one entry by its place in the list; returns it for Undo. */
export async function removeCrmRef(db: AppDB, accountId: string, index: number): Promise<CrmRef | undefined> {
  let removed: CrmRef | undefined;
  await rewriteRefs(db, accountId, (refs) => {
    removed = refs[index];
    return refs.filter((_, i) => i !== index);
  });
  return removed;
}

/** Undo of a remove: the entry goes back where it was (unless it is there again already). */
export function restoreCrmRef(db: AppDB, accountId: string, ref: CrmRef, index: number): Promise<CrmRef[]> {
  return rewriteRefs(db, accountId, (refs) => {
    if (refs.some((r) => JSON.stringify(r) === JSON.stringify(ref))) return refs;
    return [...refs.slice(0, index), ref, ...refs.slice(index)];
  });
}
