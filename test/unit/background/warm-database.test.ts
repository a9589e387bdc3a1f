import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { warmDatabase } from '@/lib/background/warm-database';
import { AppDB } from '@/lib/db/app-db';
import { schemaVersions } from '@/lib/db/migrations/versions';

const settle = (ms = 20) => new Promise((r) => setTimeout(r, ms));

describe('warmDatabase (the worker opens the database while its script loads)', () => {
  it('does not create a database that is not there: Dexie creates it with every table', async () => {
    const factory = new IDBFactory();
    warmDatabase(factory);
    await settle();
    expect(await factory.databases()).toEqual([]);
    const db = new AppDB('keyside', { indexedDB: factory, IDBKeyRange });
    await db.accounts.put({ id: 'a1', name: 'Acme' });
    expect(await db.accounts.get('a1')).toMatchObject({ name: 'Acme' });
    expect(db.tables.map((t) => t.name)).toContain('searchDocs');
    db.close();
  });

  it('gives way at once to the upgrade of an older database (not blocked), and the data survives', async () => {
    const factory = new IDBFactory();
    const old = new Dexie('keyside', { indexedDB: factory, IDBKeyRange });
    old.version(1).stores(schemaVersions[0]!.stores);
    await old.table('accounts').put({ id: 'a1', name: 'Acme', domains: [], tags: [] });
    old.close();
    // Held far longer than the test: only the version change may close it.
    warmDatabase(factory, 60_000);
    await settle();
    const db = new AppDB('keyside', { indexedDB: factory, IDBKeyRange });
    let blocked = false;
    db.on('blocked', () => void (blocked = true));
    expect(await db.accounts.get('a1')).toMatchObject({ name: 'Acme' });
    expect(blocked).toBe(false);
    db.close();
  });

  it('leaves a database in use as it is and closes its own connection after the hold', async () => {
    const factory = new IDBFactory();
    const db = new AppDB('keyside', { indexedDB: factory, IDBKeyRange });
    await db.accounts.put({ id: 'a1', name: 'Acme' });
    db.close();
    const opened: IDBOpenDBRequest[] = [];
    const open = factory.open.bind(factory);
    factory.open = (...args: Parameters<IDBFactory['open']>) => {
      const req = open(...args);
      opened.push(req);
      return req;
    };
    warmDatabase(factory, 0);
    await settle(50);
    expect(opened).toHaveLength(1);
    // A closed connection refuses transactions.
    expect(() => opened[0]!.result.transaction('accounts')).toThrow();
    const again = new AppDB('keyside', { indexedDB: factory, IDBKeyRange });
    expect(await again.accounts.get('a1')).toMatchObject({ name: 'Acme' });
    again.close();
  });
});
