import type { AppDB } from '@/lib/db/app-db';
import type {
  Account,
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
import { accountsByIds } from './accounts';
import { meetingsOfAccounts } from './meetings';
import { timeline } from './timeline';

export interface AccountRecords {
  accounts: Account[];
  contacts: Contact[];
  interactions: Interaction[];
  tasks: Task[];
  meetings: Meeting[];
  contracts: Contract[];
  invoices: Invoice[];
  complaintCases: ComplaintCase[];
  personRelations: PersonRelation[];
  referrals: Referral[];
  planFigures: PlanFigure[];
}

/**
 * Referrals between two of these accounts, or between one of them and a name only. A referral
 * that names a dossier outside the set stays behind: the other side would point at nothing.
 */
function referralsWithin(all: Referral[], own: ReadonlySet<string>): Referral[] {
  const inside = (id: string | null) => id === null || own.has(id);
  return all.filter((r) => inside(r.referrerAccountId) && inside(r.referredAccountId));
}

/**
 * Everything that belongs to these accounts — people, history, follow-ups of every status,
 * meetings, contracts, money, cases, the people map, referrals, plan figures — read in one
 * transaction so a handover package is one consistent moment.
 */
export function recordsOfAccounts(db: AppDB, ids: readonly string[]): Promise<AccountRecords> {
  const tables = [db.accounts, db.contacts, db.interactions, db.tasks, db.meetings, db.contracts, db.invoices];
  return db.transaction('r', [...tables, db.complaintCases, db.personRelations, db.referrals, db.planFigures], async () => {
    const accounts = await accountsByIds(db, ids);
    const own = accounts.map((a) => a.id);
    const byAccount = <T>(table: { where(i: string): { anyOf(k: string[]): { toArray(): Promise<T[]> } } }) =>
      table.where('accountId').anyOf(own).toArray();
    const [contacts, tasks, meetings, histories, contracts, invoices, complaintCases, personRelations, planFigures, linked] =
      await Promise.all([
        byAccount<Contact>(db.contacts),
        byAccount<Task>(db.tasks),
        meetingsOfAccounts(db, own),
        Promise.all(own.map((id) => timeline(db, id))),
        byAccount<Contract>(db.contracts),
        byAccount<Invoice>(db.invoices),
        byAccount<ComplaintCase>(db.complaintCases),
        byAccount<PersonRelation>(db.personRelations),
        byAccount<PlanFigure>(db.planFigures),
        Promise.all([
          db.referrals.where('referrerAccountId').anyOf(own).toArray(),
          db.referrals.where('referredAccountId').anyOf(own).toArray(),
        ]),
      ]);
    const referrals = referralsWithin([...new Map(linked.flat().map((r) => [r.id, r])).values()], new Set(own));
    return {
      accounts,
      contacts,
      interactions: histories.flat(),
      tasks,
      meetings,
      contracts,
      invoices,
      complaintCases,
      personRelations,
      referrals,
      planFigures,
    };
  });
}
