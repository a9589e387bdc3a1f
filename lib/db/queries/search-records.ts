import type { AppDB } from '@/lib/db/app-db';
import type { Account, Contact } from '@/lib/schema';
import { allAccounts } from './accounts';
import { allContacts } from './people';

/** Everything the search index is built from: all accounts and all people. */
export function searchRecords(db: AppDB): Promise<[Account[], Contact[]]> {
  return Promise.all([allAccounts(db), allContacts(db)]);
}
