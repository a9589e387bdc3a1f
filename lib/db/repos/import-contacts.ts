import { Account, Contact, type AccountInput, type ContactInput, nowIso } from '@/lib/schema';
import type { AppDB } from '@/lib/db/app-db';
import { UserFacingError } from '@/lib/db/errors';

/** Additions to a stored person (a contacts import merging by email). */
export interface ContactMerge {
  id: string;
  emails: string[];
  phones: string[];
  /** Filled only when the stored person has no title. */
  title: string;
  /** Set only when the stored person has no account. */
  accountId: string | null;
}

/** Everything one contacts import writes, planned in lib/io/contacts-import/plan.ts. */
export interface ImportWrites {
  accounts: (AccountInput & { id: string })[];
  /** Domains added to stored accounts. */
  accountDomains: { id: string; domains: string[] }[];
  contacts: (ContactInput & { id: string })[];
  contactMerges: ContactMerge[];
}

export interface WriteOptions {
  signal?: AbortSignal;
  /** Records written so far and in all; called between batches. */
  onProgress?: (done: number, total: number) => void;
}

/** Records per bulk write: small enough for the progress bar and Cancel to answer at once. */
const BATCH = 2000;

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

export function importWritesTotal(w: ImportWrites): number {
  return w.accounts.length + w.accountDomains.length + w.contacts.length + w.contactMerges.length;
}

/**
 * Writes a contacts import in ONE transaction: all of it or nothing. Cancelling (the signal),
 * a full disk, a record that fails its schema, or a merged record deleted meanwhile aborts the
 * transaction, and IndexedDB rolls every batch back.
 */
export async function writeContactsImport(db: AppDB, w: ImportWrites, opts: WriteOptions = {}): Promise<void> {
  const total = importWritesTotal(w);
  let done = 0;
  const step = (n: number) => {
    opts.signal?.throwIfAborted();
    done += n;
    opts.onProgress?.(done, total);
  };
  const now = nowIso();
  await db.transaction('rw', db.accounts, db.contacts, async () => {
    opts.signal?.throwIfAborted();
    for (let i = 0; i < w.accounts.length; i += BATCH) {
      const batch = w.accounts.slice(i, i + BATCH).map((a) => Account.parse({ ...a, createdAt: now, updatedAt: now }));
      await db.accounts.bulkAdd(batch);
      step(batch.length);
    }
    for (let i = 0; i < w.accountDomains.length; i += BATCH) {
      const batch = w.accountDomains.slice(i, i + BATCH);
      const stored = await db.accounts.bulkGet(batch.map((b) => b.id));
      const next = batch.map((b, k) => {
        const a = stored[k];
        if (!a) throw new UserFacingError('contactsImportChanged');
        return Account.parse({ ...a, domains: union(a.domains, b.domains), updatedAt: now });
      });
      await db.accounts.bulkPut(next);
      step(batch.length);
    }
    for (let i = 0; i < w.contacts.length; i += BATCH) {
      const batch = w.contacts.slice(i, i + BATCH).map((c) => Contact.parse({ ...c, createdAt: now, updatedAt: now }));
      await db.contacts.bulkAdd(batch);
      step(batch.length);
    }
    for (let i = 0; i < w.contactMerges.length; i += BATCH) {
      const batch = w.contactMerges.slice(i, i + BATCH);
      const stored = await db.contacts.bulkGet(batch.map((b) => b.id));
      const next = batch.map((m, k) => {
        const c = stored[k];
        if (!c) throw new UserFacingError('contactsImportChanged');
        return Contact.parse({
          ...c,
          emails: union(c.emails, m.emails),
          phones: union(c.phones, m.phones),
          title: c.title || m.title,
          accountId: c.accountId ?? m.accountId,
          updatedAt: now,
        });
      });
      await db.contacts.bulkPut(next);
      step(batch.length);
    }
  });
}
