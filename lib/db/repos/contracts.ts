import { derivedSpecs, planDerivedTasks, type DerivedTitles } from '@/lib/contracts/derived-tasks';
import { derivedTitles } from '@/lib/contracts/titles';
import type { AppDB } from '@/lib/db/app-db';
import { derivedTasksOf } from '@/lib/db/queries/contracts';
import { Contract, type ContractInput, type Task, newId, nowIso } from '@/lib/schema';
import { patchChecked } from './patch';

/**
 * Contracts and the follow-ups they make by themselves (lib/contracts/derived-tasks.ts): every
 * write here rewrites the derived tasks in the same transaction, so a renewal date and its
 * follow-up never disagree, even across a crash or another tab.
 */

async function syncDerived(db: AppDB, before: Contract | undefined, after: Contract, titles: DerivedTitles): Promise<void> {
  const existing = await derivedTasksOf(db, after);
  const plan = planDerivedTasks(before ? derivedSpecs(before, titles) : [], derivedSpecs(after, titles), existing, nowIso());
  if (plan.delete.length) await db.tasks.bulkDelete(plan.delete);
  if (plan.put.length) await db.tasks.bulkPut(plan.put);
}

export async function createContract(
  db: AppDB,
  input: Omit<ContractInput, 'id'> & { id?: string },
  titles: DerivedTitles = derivedTitles(),
): Promise<Contract> {
  const now = nowIso();
  const contract = Contract.parse({ ...input, id: input.id ?? newId(), createdAt: now, updatedAt: now });
  await db.transaction('rw', db.contracts, db.tasks, async () => {
    await db.contracts.add(contract);
    await syncDerived(db, undefined, contract, titles);
  });
  return contract;
}

/** Applies a patch (conflict-checked against `base`, see ./patch.ts) and rewrites the derived follow-ups. */
export function updateContract(
  db: AppDB,
  id: string,
  patch: Partial<Contract>,
  base?: Partial<Contract>,
  titles: DerivedTitles = derivedTitles(),
): Promise<Contract> {
  return db.transaction('rw', db.contracts, db.tasks, async () => {
    const before = await db.contracts.get(id);
    const after = await patchChecked<Contract>(db.contracts, id, patch, base, (m) => Contract.parse(m));
    await syncDerived(db, before, after, titles);
    return after;
  });
}

/** What a deletion removed: the contract and its open derived follow-ups (done ones stay as kept promises). */
export interface ContractSnapshot {
  contract: Contract;
  tasks: Task[];
}

export async function deleteContract(db: AppDB, id: string): Promise<ContractSnapshot | undefined> {
  return db.transaction('rw', db.contracts, db.tasks, async () => {
    const contract = await db.contracts.get(id);
    if (!contract) return undefined;
    const tasks = (await derivedTasksOf(db, contract)).filter((t) => t.status === 'open');
    await db.contracts.delete(id);
    await db.tasks.bulkDelete(tasks.map((t) => t.id));
    return { contract, tasks };
  });
}

/** Undo of deleteContract: both come back exactly as they were. */
export async function restoreContract(db: AppDB, s: ContractSnapshot): Promise<void> {
  await db.transaction('rw', db.contracts, db.tasks, async () => {
    await db.contracts.put(s.contract);
    await db.tasks.bulkPut(s.tasks);
  });
}
