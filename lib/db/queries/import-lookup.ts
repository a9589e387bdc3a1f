import type { AppDB } from '@/lib/db/app-db';
import type { Account, Contact } from '@/lib/schema';

export interface ImportLookup {
  accounts: Pick<Account, 'id' | 'name' | 'domains'>[];
  contacts: Pick<Contact, 'id' | 'accountId' | 'emails'>[];
}

/**
 * What a contacts import is matched against: every account (by domain and by name; an account
 * list is small next to an import) and the people who have one of the file's emails (by the
 * `*emails` index, so a 100,000-row file does not load every person).
 */
export async function importLookup(db: AppDB, emails: readonly string[]): Promise<ImportLookup> {
  const wanted = new Set(emails);
  return db.transaction('r', db.accounts, db.contacts, async () => {
    const accounts = (await db.accounts.toArray()).map(({ id, name, domains }) => ({ id, name, domains }));
    // anyOf walks the index one key at a time; when the file names more emails than a quarter of
    // the people stored, one pass over the people is fewer steps.
    const stored = await db.contacts.count();
    const matching =
      emails.length === 0
        ? []
        : emails.length * 4 > stored
          ? (await db.contacts.toArray()).filter((c) => c.emails.some((e) => wanted.has(e)))
          : await db.contacts
              .where('emails')
              .anyOf([...emails])
              .distinct()
              .toArray();
    const contacts = matching.map(({ id, accountId, emails }) => ({ id, accountId, emails }));
    return { accounts, contacts };
  });
}
