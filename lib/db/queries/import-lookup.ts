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
  return db.transaction('r', db.accounts, db.contacts, async () => {
    const accounts = (await db.accounts.toArray()).map(({ id, name, domains }) => ({ id, name, domains }));
    const contacts = emails.length
      ? (
          await db.contacts
            .where('emails')
            .anyOf([...emails])
            .distinct()
            .toArray()
        ).map(({ id, accountId, emails }) => ({ id, accountId, emails }))
      : [];
    return { accounts, contacts };
  });
}
