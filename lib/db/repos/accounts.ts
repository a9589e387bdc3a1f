import { Account, type AccountInput, newId, nowIso } from '@/lib/schema';
import type {
  ComplaintCase,
  Contact,
  Contract,
  Interaction,
  Invoice,
  Meeting,
  PersonRelation,
  PlanFigure,
  Referral,
  Task,
} from '@/lib/schema';
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
  contracts: Contract[];
  invoices: Invoice[];
  complaintCases: ComplaintCase[];
  personRelations: PersonRelation[];
  referrals: Referral[];
  planFigures: PlanFigure[];
}

/** The tables an account's deletion touches: the account and everything listed by it. */
function cascadeTables(db: AppDB) {
  return [
    db.accounts,
    db.contacts,
    db.interactions,
    db.meetings,
    db.tasks,
    db.contracts,
    db.invoices,
    db.complaintCases,
    db.personRelations,
    db.referrals,
    db.planFigures,
  ];
}

/**
 * Deletes an account with its people, history, meetings, contracts, money, cases, people map,
 * referrals and plan figures. Open follow-ups are kept: they are promises made to a client and stay
 * visible ("account deleted") until the user decides.
 */
export async function deleteAccount(db: AppDB, id: string): Promise<AccountSnapshot | undefined> {
  return db.transaction('rw', cascadeTables(db), async () => {
    const account = await db.accounts.get(id);
    if (!account) return undefined;
    const listed = <T>(table: { where(i: string): { equals(k: string): { toArray(): Promise<T[]> } } }) =>
      table.where('accountId').equals(id).toArray();
    const contacts = await listed<Contact>(db.contacts);
    const interactions = await timeline(db, id);
    const meetings = await listed<Meeting>(db.meetings);
    const doneTasks = (await listed<Task>(db.tasks)).filter((t) => t.status === 'done');
    const contracts = await listed<Contract>(db.contracts);
    const invoices = await listed<Invoice>(db.invoices);
    const complaintCases = await listed<ComplaintCase>(db.complaintCases);
    const personRelations = await listed<PersonRelation>(db.personRelations);
    const planFigures = await listed<PlanFigure>(db.planFigures);
    const referrals = [
      ...new Map(
        [
          ...(await db.referrals.where('referrerAccountId').equals(id).toArray()),
          ...(await db.referrals.where('referredAccountId').equals(id).toArray()),
        ].map((r) => [r.id, r]),
      ).values(),
    ];
    await db.accounts.delete(id);
    await db.contacts.bulkDelete(contacts.map((c) => c.id));
    await db.interactions.bulkDelete(interactions.map((i) => i.id));
    await db.meetings.bulkDelete(meetings.map((m) => m.id));
    await db.tasks.bulkDelete(doneTasks.map((t) => t.id));
    await db.contracts.bulkDelete(contracts.map((c) => c.id));
    await db.invoices.bulkDelete(invoices.map((i) => i.id));
    await db.complaintCases.bulkDelete(complaintCases.map((c) => c.id));
    await db.personRelations.bulkDelete(personRelations.map((r) => r.id));
    await db.referrals.bulkDelete(referrals.map((r) => r.id));
    await db.planFigures.bulkDelete(planFigures.map((p) => p.id));
    return {
      account,
      contacts,
      interactions,
      meetings,
      doneTasks,
      contracts,
      invoices,
      complaintCases,
      personRelations,
      referrals,
      planFigures,
    };
  });
}

export async function restoreAccount(db: AppDB, s: AccountSnapshot): Promise<void> {
  await db.transaction('rw', cascadeTables(db), async () => {
    await db.accounts.put(s.account);
    await db.contacts.bulkPut(s.contacts);
    await db.interactions.bulkPut(s.interactions);
    await db.meetings.bulkPut(s.meetings);
    await db.tasks.bulkPut(s.doneTasks);
    await db.contracts.bulkPut(s.contracts);
    await db.invoices.bulkPut(s.invoices);
    await db.complaintCases.bulkPut(s.complaintCases);
    await db.personRelations.bulkPut(s.personRelations);
    await db.referrals.bulkPut(s.referrals);
    await db.planFigures.bulkPut(s.planFigures);
  });
}
