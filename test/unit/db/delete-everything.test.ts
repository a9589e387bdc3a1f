import { describe, expect, it } from 'vitest';
import { recordCounts } from '@/lib/db/queries/record-counts';
import { deleteEverything } from '@/lib/db/repos/delete-everything';
import { saveSettings } from '@/lib/db/repos/settings';
import { seedTemplatesIfEmpty } from '@/lib/db/repos/templates';
import { demoBackup } from '@/lib/demo/demo-data';
import { importBackupText } from '@/lib/io/backup-db';
import { testDb } from './test-db';

describe('Delete everything', () => {
  it('empties every table, settings included, and brings back only the built-in checklists', async () => {
    const db = testDb();
    await seedTemplatesIfEmpty(db, 'en');
    await importBackupText(db, JSON.stringify(demoBackup()));
    await saveSettings(db, { ownDomains: ['mine.example'] });
    const before = await recordCounts(db);
    expect(before.accounts).toBe(4);
    expect(before.checklistTemplates).toBeGreaterThan(0);

    await deleteEverything(db, 'ru');
    const after = await recordCounts(db);
    expect({ ...after, checklistTemplates: 0 }).toEqual({
      accounts: 0,
      contacts: 0,
      interactions: 0,
      tasks: 0,
      meetings: 0,
      checklistTemplates: 0,
      siteRules: 0,
      contracts: 0,
      invoices: 0,
      complaintCases: 0,
      personRelations: 0,
      referrals: 0,
      planFigures: 0,
    });
    expect(after.checklistTemplates).toBe(before.checklistTemplates);
    expect(await db.kv.get('settings')).toBeUndefined();
  });

  it('deletes nothing when a table cannot be cleared', async () => {
    const db = testDb();
    let failing = false;
    // A storage failure on one table's clear, below Dexie's API: what a crashing disk looks like.
    db.use({
      stack: 'dbcore',
      name: 'fail-clear',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'meetings') return table;
          return {
            ...table,
            mutate: (req) => (failing && req.type === 'deleteRange' ? Promise.reject(new Error('boom')) : table.mutate(req)),
          };
        },
      }),
    });
    await importBackupText(db, JSON.stringify(demoBackup()));
    failing = true;
    await expect(deleteEverything(db, 'en')).rejects.toThrow('boom');
    expect((await recordCounts(db)).accounts).toBe(4);
  });
});
