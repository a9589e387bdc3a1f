import { deleteAccount, restoreAccount } from '@/lib/db/repos/accounts';
import { exportBackup, importBackupText, wipeData } from '@/lib/io/backup-db';
import { parseBackupText } from '@/lib/io/backup-parse';
import { testDb } from '@/test/unit/db/test-db';

/** A file with every part of the complete dossier: contracts, money, cases, people map, referrals, plan. */
const full = {
  format: 'keyside-backup',
  version: 1,
  accounts: [
    { id: 'a1', name: 'Acme' },
    { id: 'a2', name: 'Борей' },
  ],
  contacts: [
    { id: 'c1', accountId: 'a1', name: 'Anna', relationshipStage: 'loyal', stance: 'ally', interests: ['sailing'] },
    { id: 'c2', accountId: 'a1', name: 'Олег', mood: { value: 'negative', note: 'delivery late' } },
  ],
  contracts: [
    {
      id: 'k1',
      accountId: 'a1',
      number: 'K-7',
      status: 'signed',
      renewalOn: '2027-01-15',
      obligations: [{ id: 'o1', side: 'we', text: 'Delivery schedule', due: '2026-12-04' }],
      disagreements: [{ id: 'd1', text: 'Penalty cap', scope: 'beyond' }],
    },
  ],
  invoices: [{ id: 'v1', accountId: 'a1', number: 'INV-1', amount: 14300, currency: 'eur', dueOn: '2026-11-01' }],
  complaintCases: [{ id: 'x1', accountId: 'a1', title: 'Broken pallets', openedAt: '2026-11-02T10:00:00.000Z' }],
  personRelations: [{ id: 'r1', accountId: 'a1', fromId: 'c2', toId: 'c1', kind: 'reports-to' }],
  referrals: [{ id: 'f1', referrerAccountId: 'a1', referredAccountId: 'a2', on: '2026-10-01' }],
  planFigures: [{ id: 'p1', accountId: 'a1', measure: 'sales', period: '2026-Q4', plan: 100000, actual: 64000, currency: 'EUR' }],
};

describe('backup: the complete dossier', () => {
  it('imports every new part, with defaults filled, and exports it back losslessly', async () => {
    const db = testDb();
    expect((await importBackupText(db, JSON.stringify(full))).ok).toBe(true);
    expect((await db.invoices.get('v1'))?.currency).toBe('EUR');
    expect((await db.contracts.get('k1'))?.leadDays).toBe(30);
    expect((await db.complaintCases.get('x1'))?.status).toBe('open');
    const out = await exportBackup(db, new Date(0));
    await wipeData(db);
    expect(await db.contracts.count()).toBe(0);
    expect((await importBackupText(db, JSON.stringify(out))).ok).toBe(true);
    expect(await exportBackup(db, new Date(0))).toEqual(out);
    expect(out.planFigures[0]).toMatchObject({ plan: 100000, actual: 64000 });
  });

  it('still imports a version-1 file from before these parts existed', async () => {
    const db = testDb();
    const old = { format: 'keyside-backup', version: 1, accounts: [{ id: 'a1', name: 'Acme' }] };
    expect((await importBackupText(db, JSON.stringify(old))).ok).toBe(true);
    expect((await exportBackup(db)).contracts).toEqual([]);
  });

  it('names every record that points at a missing account, by its JSON path', () => {
    const bad = { ...full, accounts: [{ id: 'a1', name: 'Acme' }] };
    const r = parseBackupText(JSON.stringify({ ...bad, invoices: [{ ...full.invoices[0], accountId: 'nope' }] }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toEqual(['$.invoices[0].accountId', '$.referrals[0].referredAccountId']);
  });

  it('deleting an account takes its contracts, money, cases, map, referrals and plan along; undo brings them back', async () => {
    const db = testDb();
    await importBackupText(db, JSON.stringify(full));
    const before = await exportBackup(db, new Date(0));
    const snapshot = await deleteAccount(db, 'a1');
    expect(await db.contracts.count()).toBe(0);
    expect(await db.referrals.count()).toBe(0);
    expect(await db.planFigures.count()).toBe(0);
    await restoreAccount(db, snapshot!);
    expect(await exportBackup(db, new Date(0))).toEqual(before);
  });
});
