import { describe, expect, it } from 'vitest';
import { demoBackup } from '@/lib/demo/demo-data';
import { deleteAccount } from '@/lib/db/repos/accounts';
import { importBackupText, writeBackup } from '@/lib/io/backup-db';
import { exportHandover, planHandoverImport } from '@/lib/io/handover/handover-db';
import { toUserFacing } from '@/lib/db/errors';
import { testDb } from '@/test/unit/db/test-db';

describe('handover package of chosen accounts', () => {
  it('carries the chosen accounts with their people, history, follow-ups and meetings, and nothing else', async () => {
    const db = testDb();
    await importBackupText(db, JSON.stringify(demoBackup()));
    const { text, accounts } = await exportHandover(db, ['demo-acme', 'demo-sever'], 'a long pass phrase');
    expect(accounts).toBe(2);

    const target = testDb();
    const planned = await planHandoverImport(target, text, 'a long pass phrase');
    if (!planned.ok) throw new Error(planned.reason);
    expect(planned.accountNames.sort()).toEqual(['Acme Logistics', 'ООО «Северный Ветер»'].sort());
    const demo = demoBackup();
    const of = (ids: string[]) => ({
      contacts: demo.contacts.filter((c) => c.accountId !== null && ids.includes(c.accountId)).length,
      interactions: demo.interactions.filter((i) => ids.includes(i.accountId)).length,
      tasks: demo.tasks.filter((t) => ids.includes(t.accountId)).length,
      meetings: demo.meetings.filter((m) => ids.includes(m.accountId)).length,
    });
    expect(planned.plan.adds).toMatchObject({ accounts: 2, ...of(['demo-acme', 'demo-sever']), checklistTemplates: 0 });
    expect(Object.values(planned.plan.replaces).every((n) => n === 0)).toBe(true);
    await writeBackup(target, planned.backup);
    expect(await target.accounts.count()).toBe(2);
  }, 30_000);

  it('after the accounts were deleted, the package brings them back whole', async () => {
    const db = testDb();
    await importBackupText(db, JSON.stringify(demoBackup()));
    const before = await db.interactions.where('accountId').equals('demo-acme').count();
    const { text } = await exportHandover(db, ['demo-acme'], 'pass phrase here');
    await deleteAccount(db, 'demo-acme');
    const planned = await planHandoverImport(db, text, 'pass phrase here');
    if (!planned.ok) throw new Error(planned.reason);
    // Open follow-ups outlive a deleted account (lib/db/repos/accounts.ts): the package replaces them.
    expect(planned.plan.adds.accounts).toBe(1);
    await writeBackup(db, planned.backup);
    expect(await db.interactions.where('accountId').equals('demo-acme').count()).toBe(before);
    expect((await db.accounts.get('demo-acme'))?.name).toBe('Acme Logistics');
  }, 30_000);

  it('a wrong passphrase plans nothing', async () => {
    const db = testDb();
    await importBackupText(db, JSON.stringify(demoBackup()));
    const { text } = await exportHandover(db, ['demo-acme'], 'right');
    expect(await planHandoverImport(testDb(), text, 'wrong')).toEqual({ ok: false, reason: 'wrong-passphrase-or-tampered' });
  }, 30_000);

  it('a disk that fills while writing leaves the database as it was and says the disk is full', async () => {
    const db = testDb();
    await importBackupText(db, JSON.stringify(demoBackup()));
    const { text } = await exportHandover(db, ['demo-acme', 'demo-sever'], 'pass phrase here');
    const target = testDb();
    const planned = await planHandoverImport(target, text, 'pass phrase here');
    if (!planned.ok) throw new Error(planned.reason);
    target.meetings.bulkPut = (() =>
      Promise.reject(new DOMException('full', 'QuotaExceededError'))) as unknown as typeof target.meetings.bulkPut;
    const failure = await writeBackup(target, planned.backup).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(toUserFacing(failure).key).toBe('errorDiskFull');
    expect(await target.accounts.count()).toBe(0);
    expect(await target.interactions.count()).toBe(0);
  }, 30_000);
});
