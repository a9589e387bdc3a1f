import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AppDB } from '@/lib/db/app-db';

/** A database over a private fake IndexedDB, so tests never share state. */
export function testDb(name = 'keyside-test'): AppDB {
  return new AppDB(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}
