import { contractsOf } from '@/lib/db/queries/contracts';
import { createContract, deleteContract, restoreContract, updateContract } from '@/lib/db/repos/contracts';
import { setTaskStatus } from '@/lib/db/repos/tasks';
import type { DerivedTitles } from '@/lib/contracts/derived-tasks';
import { ConflictError } from '@/lib/db/errors';
import { testDb } from './test-db';

const titles: DerivedTitles = {
  renewal: (c, day) => `Contract ${c} renews on ${day}`,
  obligation: (c, text) => `We owe ${text} (${c})`,
};

describe('contracts repo: the derived follow-ups move with the contract, in one transaction', () => {
  it('creating, editing, ticking and deleting a contract keeps its follow-ups in step; undo restores both', async () => {
    const db = testDb('contracts-repo');
    const k = await createContract(
      db,
      {
        accountId: 'a1',
        number: 'FA-7',
        renewalOn: '2026-09-30',
        leadDays: 30,
        obligations: [{ id: 'o1', side: 'we', text: 'Schedule', due: '2026-04-03' }],
      },
      titles,
    );
    const tasks = async () => (await db.tasks.toArray()).sort((a, b) => a.id.localeCompare(b.id));
    expect((await tasks()).map((t) => [t.id, t.title, t.due, t.status])).toEqual([
      [`contract:${k.id}:obligation:o1`, 'We owe Schedule (FA-7)', '2026-04-03', 'open'],
      [`contract:${k.id}:renewal`, 'Contract FA-7 renews on 2026-09-30', '2026-08-31', 'open'],
    ]);

    // The user ticks the renewal follow-up; a later edit that leaves the date alone keeps it done.
    await setTaskStatus(db, `contract:${k.id}:renewal`, 'done');
    await updateContract(db, k.id, { title: 'Framework' }, { title: '' }, titles);
    expect((await db.tasks.get(`contract:${k.id}:renewal`))?.status).toBe('done');
    // A new lead time moves the date: open again.
    await updateContract(db, k.id, { leadDays: 10 }, { leadDays: 30 }, titles);
    expect(await db.tasks.get(`contract:${k.id}:renewal`)).toMatchObject({ status: 'open', due: '2026-09-20' });

    // Ticking the obligation closes its follow-up.
    const current = (await contractsOf(db, 'a1'))[0]!;
    await updateContract(db, k.id, { obligations: current.obligations.map((o) => ({ ...o, done: true })) }, undefined, titles);
    expect((await db.tasks.get(`contract:${k.id}:obligation:o1`))?.status).toBe('done');

    // Deleting takes the open follow-up along and keeps the done one; undo brings both back.
    const snapshot = await deleteContract(db, k.id);
    expect(await db.contracts.count()).toBe(0);
    expect((await tasks()).map((t) => t.id)).toEqual([`contract:${k.id}:obligation:o1`]);
    await restoreContract(db, snapshot!);
    expect(await db.contracts.count()).toBe(1);
    expect((await tasks()).map((t) => [t.id, t.status])).toEqual([
      [`contract:${k.id}:obligation:o1`, 'done'],
      [`contract:${k.id}:renewal`, 'open'],
    ]);
    db.close();
  });

  it('a stale edit loses loudly and writes no follow-up', async () => {
    const db = testDb('contracts-conflict');
    const k = await createContract(db, { accountId: 'a1', number: 'X' }, titles);
    await updateContract(db, k.id, { renewalOn: '2026-10-01' }, { renewalOn: null }, titles);
    await expect(updateContract(db, k.id, { renewalOn: '2026-12-01' }, { renewalOn: null }, titles)).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await db.tasks.toArray()).map((t) => t.due)).toEqual(['2026-09-01']);
    db.close();
  });
});
