import { Account, type AccountInput, newId, nowIso } from '@/lib/schema';
import type { Contact, Interaction, Meeting, Task } from '@/lib/schema';
import type { AppDB } from '@/lib/db/app-db';
import { timeline } from '@/lib/db/queries/timeline';
import { createContact } from './contacts';
import { patchChecked } from './patch';

export async function createAccount(db: AppDB, input: Omit<AccountInput, 'id'> & { id?: string }): Promise<Account> {
  const now = nowIso();
  const account = Account.parse({ ...input, id: input.id ?? newId(), createdAt: now, updatedAt: now });
  await db.accounts.add(account);
  return account;
}

export function updateAccount(db: AppDB, id: string, patch: Partial<Account>, base?: Partial<Account>): Promise<Account> {
  return db.transaction('rw', db.accounts, () => patchChecked<Account>(db.accounts, id, patch, base, (m) => Account.parse(m)));
}

/** A new account and, when given, its first person, all or nothing (the panel's "create dossier"). */
export async function createAccountWithPerson(
  db: AppDB,
  input: Omit<AccountInput, 'id'> & { id?: string },
  person?: Omit<Parameters<typeof createContact>[1], 'accountId'>,
): Promise<Account> {
  return db.transaction('rw', db.accounts, db.contacts, async () => {
    const account = await createAccount(db, input);
    if (person) await createContact(db, { ...person, accountId: account.id });
    return account;
  });
}

/** Everything a deletion removed, so Undo can put it back exactly. */
export interface AccountSnapshot {
  account: Account;
  contacts: Contact[];
  interactions: Interaction[];
  meetings: Meeting[];
  doneTasks: Task[];
}

/**
 * Deletes an account with its people, history and meetings. Open follow-ups are kept: they are
 * promises made to a client and stay visible ("account deleted") until the user decides.
 */
export async function deleteAccount(db: AppDB, id: string): Promise<AccountSnapshot | undefined> {
  return db.transaction('rw', [db.accounts, db.contacts, db.interactions, db.meetings, db.tasks], async () => {
    const account = await db.accounts.get(id);
    if (!account) return undefined;
    const contacts = await db.contacts.where('accountId').equals(id).toArray();
    const interactions = await timeline(db, id);
    const meetings = await db.meetings.where('accountId').equals(id).toArray();
    const doneTasks = (await db.tasks.where('accountId').equals(id).toArray()).filter((t) => t.status === 'done');
    await db.accounts.delete(id);
    await db.contacts.bulkDelete(contacts.map((c) => c.id));
    await db.interactions.bulkDelete(interactions.map((i) => i.id));
    await db.meetings.bulkDelete(meetings.map((m) => m.id));
    await db.tasks.bulkDelete(doneTasks.map((t) => t.id));
    return { account, contacts, interactions, meetings, doneTasks };
  });
}

export async function restoreAccount(db: AppDB, s: AccountSnapshot): Promise<void> {
  await db.transaction('rw', [db.accounts, db.contacts, db.interactions, db.meetings, db.tasks], async () => {
    await db.accounts.put(s.account);
    await db.contacts.bulkPut(s.contacts);
    await db.interactions.bulkPut(s.interactions);
    await db.meetings.bulkPut(s.meetings);
    await db.tasks.bulkPut(s.doneTasks);
  });
}
