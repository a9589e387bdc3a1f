import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AppDB } from '@/lib/db/app-db';
import { SYNC_ON_KEY } from '@/lib/db/sync-switch';

function freshDb(): AppDB {
  return new AppDB('keyside', { indexedDB: new IDBFactory(), IDBKeyRange });
}

async function turnOn(db: AppDB): Promise<void> {
  await db.syncState.put({ key: SYNC_ON_KEY, value: true });
  db.syncSwitch.on = true;
}

describe('sync outbox middleware', () => {
  it('queues nothing while sync is off and adds no table to the transaction', async () => {
    const db = freshDb();
    await db.transaction('rw', db.accounts, async (tx) => {
      await db.accounts.put({ id: 'a1', name: 'Acme', domains: [], tags: [] });
      expect(tx.storeNames).not.toContain('syncOutbox');
    });
    expect(await db.syncOutbox.count()).toBe(0);
    db.close();
  });

  it('reads the switch from the database when it opens', async () => {
    const factory = new IDBFactory();
    const first = new AppDB('keyside', { indexedDB: factory, IDBKeyRange });
    await first.syncState.put({ key: SYNC_ON_KEY, value: true });
    first.close();
    const db = new AppDB('keyside', { indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.syncSwitch.on).toBe(true);
    await db.contacts.put({ id: 'c1', accountId: 'a1', name: 'Anna', emails: [] });
    expect((await db.syncOutbox.toArray()).map((r) => r.k)).toEqual(['contacts:c1']);
    db.close();
  });

  it('queues puts, deletes and clear() of synced tables in the same transaction, once per record', async () => {
    const db = freshDb();
    await turnOn(db);
    await db.accounts.bulkPut([
      { id: 'a1', name: 'Acme', domains: [], tags: [] },
      { id: 'a2', name: 'Beta', domains: [], tags: [] },
    ]);
    await db.accounts.update('a1', { name: 'Acme Ltd' });
    await db.tasks.put({ id: 't:1', accountId: 'a1', title: 'Call', status: 'open', due: null });
    await db.kv.put({ key: 'settings', value: {} });
    expect((await db.syncOutbox.toArray()).map((r) => r.k).sort()).toEqual(['accounts:a1', 'accounts:a2', 'tasks:t:1']);
    await db.syncOutbox.clear();
    await db.tasks.delete('t:1');
    await db.accounts.clear();
    expect((await db.syncOutbox.toArray()).map((r) => r.k).sort()).toEqual(['accounts:a1', 'accounts:a2', 'tasks:t:1']);
    db.close();
  });

  it('an aborted transaction leaves neither the record nor its outbox row', async () => {
    const db = freshDb();
    await turnOn(db);
    await expect(
      db.transaction('rw', db.accounts, async () => {
        await db.accounts.put({ id: 'a1', name: 'Acme', domains: [], tags: [] });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await db.accounts.count()).toBe(0);
    expect(await db.syncOutbox.count()).toBe(0);
    db.close();
  });

  it("does not queue the sync engine's own writes (a bypassed transaction)", async () => {
    const db = freshDb();
    await turnOn(db);
    await db.transaction('rw', db.accounts, async (tx) => {
      db.syncSwitch.bypass(tx.idbtrans);
      await db.accounts.put({ id: 'a1', name: 'Acme', domains: [], tags: [] });
    });
    expect(await db.accounts.count()).toBe(1);
    expect(await db.syncOutbox.count()).toBe(0);
    // The search index is still kept for pulled records.
    expect(await db.searchDocs.count()).toBe(1);
    db.close();
  });
});
