import { createAccount } from '@/lib/db/repos/accounts';
import { BACKFILL_KEY, backfillSearchIndex } from '@/lib/db/repos/search-backfill';
import { searchAll } from '@/lib/db/queries/search-all';
import type { AppDB } from '@/lib/db/app-db';
import { writeBackup } from '@/lib/io/backup-db';
import { parseBackupText } from '@/lib/io/backup-parse';
import type { Backup } from '@/lib/schema';
import { testDb } from '@/test/unit/db/test-db';

function backupOf(raw: object): Backup {
  const r = parseBackupText(JSON.stringify({ format: 'keyside-backup', version: 1, ...raw }));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.backup;
}

const large = () =>
  backupOf({
    accounts: [
      { id: 'a1', name: 'Ladoga Trade' },
      { id: 'a2', name: 'Volga Foods' },
    ],
    interactions: [
      { id: 'i1', accountId: 'a1', kind: 'call', at: '2026-11-01T09:00:00.000Z', summary: 'Price list for Q1' },
      { id: 'i2', accountId: 'a2', kind: 'note', at: '2026-11-02T09:00:00.000Z', summary: 'Samples arrived' },
    ],
  });

async function found(db: AppDB, q: string): Promise<{ hits: string[]; indexing: boolean }> {
  const r = await searchAll(db, q);
  return { hits: r.hits.map((h) => `${h.kind}:${h.id}`), indexing: r.indexing };
}

/** A database whose index is complete, with one account indexed the usual way. */
async function indexedDb(): Promise<AppDB> {
  const db = testDb();
  await backfillSearchIndex(db);
  await createAccount(db, { id: 'a1', name: 'Old Name Ltd' });
  return db;
}

describe('backup write', () => {
  it('a large import writes only its records; search says indexing until the backfill has indexed them', async () => {
    const db = await indexedDb();
    const progress: [number, number][] = [];
    const counts = await writeBackup(db, large(), { deferIndexAbove: 3, onProgress: (w, t) => progress.push([w, t]) });
    expect(counts.accounts).toBe(2);
    expect(progress.at(-1)).toEqual([4, 4]);
    expect(progress.map(([w]) => w)).toEqual([...progress.map(([w]) => w)].sort((a, b) => a - b));

    // Nothing of the import is indexed yet; what was, still is found, and search says it is not all.
    expect(await found(db, 'samples')).toEqual({ hits: [], indexing: true });
    expect(await found(db, 'old name')).toEqual({ hits: ['account:a1'], indexing: true });
    // Writes outside the import keep the index current in their own transaction meanwhile.
    await createAccount(db, { id: 'a3', name: 'Kama Steel' });
    expect((await found(db, 'kama')).hits).toEqual(['account:a3']);

    await backfillSearchIndex(db);
    expect(await found(db, 'samples')).toEqual({ hits: ['interaction:i2'], indexing: false });
    expect((await found(db, 'ladoga')).hits).toEqual(['account:a1']);
    // The replaced account's old words are gone with its rewritten row.
    expect((await found(db, 'old name')).hits).toEqual([]);
    expect((await found(db, 'kama')).hits).toEqual(['account:a3']);
  });

  it('a small import is searchable the moment it is written', async () => {
    const db = await indexedDb();
    await writeBackup(db, large());
    expect(await found(db, 'samples')).toEqual({ hits: ['interaction:i2'], indexing: false });
    expect((await found(db, 'old name')).hits).toEqual([]);
  });

  it('a large import that fails while writing leaves records, index and backfill bookmark as they were', async () => {
    const db = await indexedDb();
    const bookmark = await db.kv.get(BACKFILL_KEY);
    const rows = await db.searchDocs.toArray();
    const original = db.interactions.bulkPut.bind(db.interactions);
    db.interactions.bulkPut = (() =>
      Promise.reject(new DOMException('full', 'QuotaExceededError'))) as unknown as typeof original;
    await expect(writeBackup(db, large(), { deferIndexAbove: 0 })).rejects.toThrow();
    db.interactions.bulkPut = original;

    // The accounts were written before the failure, in the same transaction: rolled back with it.
    expect(await db.accounts.toArray()).toMatchObject([{ id: 'a1', name: 'Old Name Ltd' }]);
    expect(await db.interactions.count()).toBe(0);
    expect(await db.searchDocs.toArray()).toEqual(rows);
    expect(await db.kv.get(BACKFILL_KEY)).toEqual(bookmark);
    expect(await found(db, 'old name')).toEqual({ hits: ['account:a1'], indexing: false });
  });
});
