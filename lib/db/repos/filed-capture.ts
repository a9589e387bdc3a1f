import type { AppDB } from '@/lib/db/app-db';
import { UserFacingError } from '@/lib/db/errors';
import { Account, type Interaction, type Task } from '@/lib/schema';

/**
 * Files a capture into a dossier in one transaction, so a failure writes nothing: the history
 * entry, the follow-up if any, and the account as `change` returns it (written only when changed).
 */
export async function fileIntoAccount(
  db: AppDB,
  accountId: string,
  records: { interaction: Interaction; task?: Task },
  change: (account: Account) => Account,
): Promise<Account> {
  return db.transaction('rw', [db.accounts, db.interactions, db.tasks], async () => {
    const account = await db.accounts.get(accountId);
    if (!account) throw new UserFacingError('errorGone');
    await db.interactions.add(records.interaction);
    if (records.task) await db.tasks.add(records.task);
    const changed = change(account);
    if (changed !== account) await db.accounts.put(Account.parse({ ...changed, updatedAt: new Date().toISOString() }));
    return account;
  });
}
