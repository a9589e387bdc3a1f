import type { AppDB } from '@/lib/db/app-db';
import type { Account, Contact, Interaction, Meeting, Task } from '@/lib/schema';
import { accountsByIds } from './accounts';
import { meetingsOfAccounts } from './meetings';
import { timeline } from './timeline';

export interface AccountRecords {
  accounts: Account[];
  contacts: Contact[];
  interactions: Interaction[];
  tasks: Task[];
  meetings: Meeting[];
}

/**
 * Everything that belongs to these accounts — people, history, follow-ups of every status,
 * meetings — read in one transaction so a handover package is one consistent moment.
 */
export function recordsOfAccounts(db: AppDB, ids: readonly string[]): Promise<AccountRecords> {
  return db.transaction('r', [db.accounts, db.contacts, db.interactions, db.tasks, db.meetings], async () => {
    const accounts = await accountsByIds(db, ids);
    const own = accounts.map((a) => a.id);
    const [contacts, tasks, meetings, histories] = await Promise.all([
      db.contacts.where('accountId').anyOf(own).toArray(),
      db.tasks.where('accountId').anyOf(own).toArray(),
      meetingsOfAccounts(db, own),
      Promise.all(own.map((id) => timeline(db, id))),
    ]);
    return { accounts, contacts, interactions: histories.flat(), tasks, meetings };
  });
}
