import type { PouchFactory, RemoteOptions } from './pouch-types';

let loaded: Promise<PouchFactory> | undefined;

/**
 * PouchDB for the worker, loaded only when sync runs: with sync off Keyside never imports it (and
 * makes no request). The mirror lives in its own IndexedDB database ('_pouch_keyside-mirror-…').
 */
export function loadPouch(): Promise<PouchFactory> {
  loaded ??= (async () => {
    const [core, idb, http, replication] = await Promise.all([
      import('pouchdb-core'),
      import('pouchdb-adapter-indexeddb'),
      import('pouchdb-adapter-http'),
      import('pouchdb-replication'),
    ]);
    const PouchDB = core.default.plugin(idb.default).plugin(http.default).plugin(replication.default);
    return pouchFactory(PouchDB, 'indexeddb');
  })();
  return loaded;
}

/** A factory over a PouchDB constructor with a local adapter (the tests pass the in-memory one). */
export function pouchFactory(
  PouchDB: new (name: string, options?: Record<string, unknown>) => import('./pouch-types').PouchLike,
  adapter: string,
): PouchFactory {
  return {
    local: (name) => new PouchDB(name, { adapter, auto_compaction: true }),
    remote: (url, { auth, create }: RemoteOptions) => new PouchDB(url, { auth, skip_setup: !create }),
  };
}
