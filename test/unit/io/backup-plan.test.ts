import { exportBackup, importBackupText, planBackupImport, replacesAny, writeBackup } from '@/lib/io/backup-db';
import { seedTemplatesIfEmpty } from '@/lib/db/repos/templates';
import { demoBackup } from '@/lib/demo/demo-data';
import { testDb } from '@/test/unit/db/test-db';

/** An import never silently overwrites (docs/contract.md, Extension pages; repository issue 10). */
describe('backup import plan', () => {
  it('into an empty database only adds, so the dashboard writes at once', async () => {
    const db = testDb();
    const r = await planBackupImport(db, JSON.stringify(demoBackup()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(replacesAny(r.plan)).toBe(false);
    expect(r.plan.adds.accounts).toBe(demoBackup().accounts.length);
    expect(await db.accounts.count()).toBe(0);
  });

  it('counts the built-in checklist templates seeded at install as records it would replace', async () => {
    const source = testDb('source');
    await seedTemplatesIfEmpty(source, 'en');
    const backup = await exportBackup(source);
    expect(backup.checklistTemplates.length).toBeGreaterThan(0);

    const target = testDb('target');
    await seedTemplatesIfEmpty(target, 'ru');
    const before = await target.checklistTemplates.toArray();
    const r = await planBackupImport(target, JSON.stringify(backup));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.replaces.checklistTemplates).toBe(backup.checklistTemplates.length);
    expect(r.plan.adds.checklistTemplates).toBe(0);
    expect(replacesAny(r.plan)).toBe(true);
    // Planning writes nothing: the Russian built-ins are still there.
    expect(await target.checklistTemplates.toArray()).toEqual(before);
  });

  it('counts adds and replaces per table when a backup overlaps existing records', async () => {
    const db = testDb();
    await importBackupText(db, JSON.stringify(demoBackup()));
    const demo = demoBackup();
    const overlapping = { ...demo, accounts: [...demo.accounts, { id: 'new-account', name: 'New Co' }] };
    const r = await planBackupImport(db, JSON.stringify(overlapping));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.replaces.accounts).toBe(demo.accounts.length);
    expect(r.plan.adds.accounts).toBe(1);
    expect(r.plan.replaces.contacts).toBe(demo.contacts.length);
    expect(await db.accounts.get('new-account')).toBeUndefined();
    await writeBackup(db, r.backup);
    expect(await db.accounts.get('new-account')).toMatchObject({ name: 'New Co' });
  });

  it('an invalid backup gives its problems and no plan', async () => {
    const db = testDb();
    const r = await planBackupImport(db, JSON.stringify({ format: 'keyside-backup', version: 1, accounts: [{ id: '' }] }));
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toContain('$.accounts[0].id');
  });
});
