import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AccountActivity, foldActivity } from '@/lib/db/account-activity';
import type { AppDB } from '@/lib/db/app-db';
import { createAccount, deleteAccount, restoreAccount } from '@/lib/db/repos/accounts';
import { addInteraction, deleteInteraction, resolveInteraction, updateInteraction } from '@/lib/db/repos/interactions';
import { importBackupText, wipeData } from '@/lib/io/backup-db';
import type { Interaction } from '@/lib/schema';
import { testDb } from './test-db';

let db: AppDB;
beforeEach(() => {
  db = testDb(`activity-${Math.random()}`);
});

/** What the digests must be: folded from scratch over the stored history. */
async function expected(d: AppDB): Promise<AccountActivity[]> {
  return [...foldActivity(new Map(), await d.interactions.toArray()).values()].sort((a, b) =>
    a.accountId < b.accountId ? -1 : 1,
  );
}
const stored = (d: AppDB) => d.accountActivity.orderBy('accountId').toArray();

describe('account activity digest', () => {
  it('follows adds, edits, resolving, deleting and undo through the repos', async () => {
    const a = await createAccount(db, { name: 'Acme' });
    const older = await addInteraction(db, { accountId: a.id, at: '2026-11-01T10:00:00.000Z', kind: 'call' });
    const complaint = await addInteraction(db, {
      accountId: a.id,
      at: '2026-11-05T10:00:00+03:00',
      kind: 'complaint',
      state: 'open',
    });
    expect(await db.accountActivity.get(a.id)).toEqual({ accountId: a.id, lastAt: complaint.at, openComplaints: 1 });

    await resolveInteraction(db, complaint.id);
    expect((await db.accountActivity.get(a.id))?.openComplaints).toBe(0);

    await updateInteraction(db, complaint.id, { at: '2026-10-01T10:00:00.000Z' });
    expect((await db.accountActivity.get(a.id))?.lastAt).toBe(older.at);

    await deleteInteraction(db, older.id);
    expect((await db.accountActivity.get(a.id))?.lastAt).toBe('2026-10-01T10:00:00.000Z');

    const snapshot = await deleteAccount(db, a.id);
    expect(await db.accountActivity.get(a.id)).toBeUndefined();
    await restoreAccount(db, snapshot!);
    expect(await stored(db)).toEqual(await expected(db));
    expect((await db.accountActivity.get(a.id))?.lastAt).toBe('2026-10-01T10:00:00.000Z');
  });

  it('is built by a backup import into an empty profile and emptied by wiping', async () => {
    const backup = {
      format: 'keyside-backup',
      version: 1,
      accounts: Array.from({ length: 7 }, (_, n) => ({ id: `x${n}`, name: `X${n}` })),
      interactions: Array.from({ length: 1500 }, (_, n) => ({
        id: `i${n}`,
        accountId: `x${n % 7}`,
        kind: n % 10 === 0 ? 'complaint' : 'email',
        at: new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString(),
      })),
    };
    const res = await importBackupText(db, JSON.stringify(backup));
    expect(res).toMatchObject({ ok: true });
    expect(await stored(db)).toEqual(await expected(db));
    expect((await db.accountActivity.get('x0'))?.openComplaints).toBeGreaterThan(0);
    await wipeData(db);
    expect(await db.accountActivity.count()).toBe(0);
  });

  it('a bulk put over stored history replaces what it overwrites, not adds to it', async () => {
    const rows = (state: 'open' | 'closed'): Interaction[] =>
      Array.from({ length: 1200 }, (_, n) => ({
        id: `i${n}`,
        accountId: `a${n % 5}`,
        kind: 'complaint',
        state,
        at: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
        contactIds: [],
        summary: '',
      }));
    await db.interactions.bulkPut(rows('open'));
    expect((await db.accountActivity.get('a0'))?.openComplaints).toBe(240);
    await db.interactions.bulkPut(rows('closed'));
    expect(await stored(db)).toEqual(await expected(db));
    expect((await db.accountActivity.get('a0'))?.openComplaints).toBe(0);
  });

  it('bulk puts in one transaction that began on empty history replace what earlier puts of it wrote', async () => {
    // A backup import writes history in chunks within one transaction (lib/io/backup-db.ts).
    const rows = (from: number, n: number, state: 'open' | 'closed', accounts: number): Interaction[] =>
      Array.from({ length: n }, (_, k) => ({
        id: `i${from + k}`,
        accountId: `a${(from + k) % accounts}`,
        kind: 'complaint',
        state,
        at: new Date(Date.UTC(2026, 0, 1) + (from + k) * 60_000).toISOString(),
        contactIds: [],
        summary: '',
      }));
    await db.transaction('rw', db.interactions, async () => {
      await db.interactions.bulkPut(rows(0, 1200, 'open', 5));
      await db.interactions.bulkDelete(['i3', 'i4']);
      // Overlaps the first chunk (moved to other accounts, closed) and adds new keys.
      await db.interactions.bulkPut(rows(600, 1200, 'closed', 7));
    });
    expect(await stored(db)).toEqual(await expected(db));
    expect((await db.accountActivity.get('a0'))?.openComplaints).toBe(120);
  });

  it('compares instants, not strings, when entries carry different UTC offsets', async () => {
    await addInteraction(db, { accountId: 'a', at: '2026-11-01T12:00:00.000Z', kind: 'email' });
    // Later as text, earlier as an instant (09:00 UTC).
    await addInteraction(db, { accountId: 'a', at: '2026-11-01T12:00:00+03:00', kind: 'email' });
    expect((await db.accountActivity.get('a'))?.lastAt).toBe('2026-11-01T12:00:00.000Z');
  });

  it('stays equal to a fold over the stored history under any sequence of writes', async () => {
    const entry = fc.record({
      id: fc.constantFrom('i1', 'i2', 'i3', 'i4', 'i5'),
      accountId: fc.constantFrom('a', 'b', 'c'),
      kind: fc.constantFrom<Interaction['kind'][]>('email', 'complaint'),
      state: fc.constantFrom<Interaction['state'][]>(undefined, 'open', 'closed'),
      at: fc.integer({ min: 0, max: 1000 }).map((h) => new Date(Date.UTC(2026, 0, 1) + h * 3_600_000).toISOString()),
    });
    const op = fc.oneof(
      fc.record({ op: fc.constant('put' as const), rows: fc.array(entry, { maxLength: 4 }) }),
      fc.record({ op: fc.constant('add' as const), row: entry }),
      fc.record({
        op: fc.constant('delete' as const),
        ids: fc.array(fc.constantFrom('i1', 'i2', 'i3', 'i4', 'i5'), { maxLength: 3 }),
      }),
      fc.record({ op: fc.constant('deleteAccount' as const), accountId: fc.constantFrom('a', 'b', 'c') }),
      fc.record({ op: fc.constant('clear' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 8 }), async (ops) => {
        const d = testDb(`activity-prop-${Math.random()}`);
        for (const o of ops) {
          const rows = (r: Pick<Interaction, 'id' | 'accountId' | 'kind' | 'state' | 'at'>[]): Interaction[] =>
            r.map((x) => ({ ...x, contactIds: [], summary: '' }));
          if (o.op === 'put') await d.interactions.bulkPut(rows(o.rows));
          else if (o.op === 'add') await d.interactions.add({ ...o.row, contactIds: [], summary: '' }).catch(() => undefined);
          else if (o.op === 'delete') await d.interactions.bulkDelete(o.ids);
          else if (o.op === 'deleteAccount')
            await d.interactions.where('[accountId+at]').between([o.accountId], [o.accountId, []]).delete();
          else await d.interactions.clear();
        }
        expect(await stored(d)).toEqual(await expected(d));
        d.close();
      }),
      { numRuns: 60 },
    );
  });
});
