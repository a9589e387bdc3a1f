import { DB_NAME } from '@/lib/db/db-name';

/** Long enough for the request that started the worker; the connection is nothing to keep. */
const HOLD_MS = 5000;

/**
 * Imported first by the worker's entry, before Dexie and the other modules load: asks IndexedDB
 * to open the database while the worker still evaluates its script (tens of milliseconds on a
 * cold start). The browser reads the database's files meanwhile, so Dexie's own open at the
 * first query (app-db.ts) finds them ready instead of starting then (issue 13, the cold path:
 * test/tools/bench-cold.mjs --profile). Nothing is read here.
 *
 * Opened without a version, it never upgrades: a database that does not exist yet (a new
 * install) is not created here — the request's upgrade is aborted, and Dexie creates it with its
 * schema. The connection gives way to any version change (Dexie's upgrade after an update, a
 * deletion) and closes by itself soon after.
 */
export function warmDatabase(idb: IDBFactory = globalThis.indexedDB, holdMs = HOLD_MS): void {
  let req: IDBOpenDBRequest;
  try {
    req = idb.open(DB_NAME);
  } catch {
    // No IndexedDB in this context (or it refuses): Dexie reports that at its own open.
    return;
  }
  req.onupgradeneeded = () => req.transaction?.abort();
  req.onerror = (e) => e.preventDefault();
  req.onsuccess = () => {
    const conn = req.result;
    conn.onversionchange = () => conn.close();
    setTimeout(() => conn.close(), holdMs);
  };
}

warmDatabase();
