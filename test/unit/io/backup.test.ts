import { exportBackup, importBackupText, wipeData } from '@/lib/io/backup-db';
import { parseBackupText } from '@/lib/io/backup-parse';
import { demoBackup } from '@/lib/demo/demo-data';
import { testDb } from '@/test/unit/db/test-db';

const minimal = {
  format: 'keyside-backup',
  version: 1,
  accounts: [{ id: 'a1', name: 'Acme', domains: ['acme.example'], stage: 'key', futureField: { x: 1 } }],
  contacts: [{ id: 'c1', accountId: 'a1', name: 'Anna', emails: ['Anna@Acme.example'], role: 'decision-maker' }],
  futureTopLevel: ['kept'],
};

describe('backup import', () => {
  it('round-trips: export -> wipe -> import gives identical data', async () => {
    const db = testDb();
    const first = await importBackupText(db, JSON.stringify(demoBackup()));
    expect(first.ok).toBe(true);
    const before = await exportBackup(db, new Date(0));
    await wipeData(db);
    expect(await db.accounts.count()).toBe(0);
    const again = await importBackupText(db, JSON.stringify(before));
    expect(again.ok).toBe(true);
    expect(await exportBackup(db, new Date(0))).toEqual(before);
    expect(before.accounts.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps unknown keys on records and at the top level', async () => {
    const db = testDb();
    expect((await importBackupText(db, JSON.stringify(minimal))).ok).toBe(true);
    const out = (await exportBackup(db)) as Record<string, unknown> & { accounts: Record<string, unknown>[] };
    expect(out.accounts[0]!.futureField).toEqual({ x: 1 });
    expect(out.futureTopLevel).toEqual(['kept']);
    expect((await db.contacts.get('c1'))!.emails).toEqual(['anna@acme.example']);
  });

  it('reports every invalid record with its JSON path and writes nothing', async () => {
    const db = testDb();
    const bad = {
      ...minimal,
      accounts: [...minimal.accounts, { id: 'a2', name: '', stage: 'vip' }],
      interactions: [{ id: 'i1', accountId: 'a1', kind: 'telegram', at: 'yesterday' }],
    };
    const r = await importBackupText(db, JSON.stringify(bad));
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['$.accounts[1].name', '$.accounts[1].stage', '$.interactions[0].kind', '$.interactions[0].at']),
    );
    expect(await db.accounts.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
  });

  it('refuses duplicate ids and dangling account references', () => {
    const r = parseBackupText(
      JSON.stringify({
        ...minimal,
        accounts: [...minimal.accounts, { id: 'a1', name: 'Again' }],
        interactions: [{ id: 'i1', accountId: 'nope', kind: 'note', at: '2026-11-01T10:00:00Z' }],
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '$.accounts[1].id', message: expect.stringContaining('duplicate id "a1"') as string }),
        expect.objectContaining({ path: '$.interactions[0].accountId' }),
      ]),
    );
  });

  it('says clearly when the file is not JSON or not a Keyside backup', () => {
    const notJson = parseBackupText('name,email\nAnna,anna@acme.example');
    expect(notJson.ok ? '' : notJson.problems[0]!.message).toMatch(/not valid JSON/);
    const other = parseBackupText(JSON.stringify({ format: 'other', version: 1 }));
    expect(other.ok ? '' : other.problems[0]!.path).toBe('$.format');
    const v2 = parseBackupText(JSON.stringify({ format: 'keyside-backup', version: 2 }));
    expect(v2.ok ? '' : v2.problems[0]!.path).toBe('$.version');
  });

  it('leaves the database untouched when the disk fills mid-import', async () => {
    const db = testDb();
    await importBackupText(db, JSON.stringify(minimal));
    const original = db.interactions.bulkPut.bind(db.interactions);
    db.interactions.bulkPut = (() =>
      Promise.reject(new DOMException('full', 'QuotaExceededError'))) as unknown as typeof original;
    await expect(importBackupText(db, JSON.stringify(demoBackup()))).rejects.toThrow();
    db.interactions.bulkPut = original;
    expect(await db.accounts.count()).toBe(1);
  });
});
