import type { AppDB } from '@/lib/db/app-db';
import type { Contract, Task } from '@/lib/schema';

/** An account's contracts, those renewing soonest first, undated ones last by number. */
export async function contractsOf(db: AppDB, accountId: string): Promise<Contract[]> {
  const list = await db.contracts.where('accountId').equals(accountId).toArray();
  return list.sort(
    (a, b) =>
      (a.renewalOn ?? '\uffff').localeCompare(b.renewalOn ?? '\uffff') ||
      a.number.localeCompare(b.number) ||
      a.id.localeCompare(b.id),
  );
}

/** The follow-ups a contract made by itself (Task.origin), open and done. */
export async function derivedTasksOf(db: AppDB, contract: Pick<Contract, 'id' | 'accountId'>): Promise<Task[]> {
  return db.tasks
    .where('accountId')
    .equals(contract.accountId)
    .filter((t) => t.origin?.contractId === contract.id)
    .toArray();
}
