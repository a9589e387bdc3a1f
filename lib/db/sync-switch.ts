import Dexie from 'dexie';
import { SYNC_STATE } from './sync-tables';

/** The syncState row that says sync is on (lib/sync/state.ts writes it). */
export const SYNC_ON_KEY = 'on';

/**
 * Whether this context's writes are queued for sync, and which transactions are the sync
 * engine's own (pulled records written back: never queued again). One per database instance;
 * lib/db/sync-outbox-middleware.ts reads it on every write transaction, synchronously.
 *
 * The flag is a syncState row, read when the database opens and again whenever another context
 * (the worker, another page) writes syncState: Dexie announces every write to every context of
 * the origin ('storagemutated'), so an open dashboard starts queuing as soon as sync is enabled.
 */
export class SyncSwitch {
  on = false;
  private readonly bypassed = new WeakSet<object>();

  /** Marks a transaction as the engine's: its writes are not queued. */
  bypass(trans: object): void {
    this.bypassed.add(trans);
  }

  isBypassed(trans: object): boolean {
    return this.bypassed.has(trans);
  }

  /** Keeps `on` in step with the database's syncState row. */
  watch(db: Dexie): void {
    const read = async () => {
      if (!db.tables.some((t) => t.name === SYNC_STATE)) return;
      const row = await db.table<{ key: string; value: unknown }, string>(SYNC_STATE).get(SYNC_ON_KEY);
      this.on = row?.value === true;
    };
    db.on('ready', () => read());
    const prefix = `idb://${db.name}/${SYNC_STATE}/`;
    const onMutated = (parts: Record<string, unknown>) => {
      if (!db.isOpen()) return;
      if (Object.keys(parts).some((k) => k.startsWith(prefix))) void read().catch(() => undefined);
    };
    Dexie.on('storagemutated', onMutated);
    db.on('close', () => Dexie.on('storagemutated').unsubscribe(onMutated));
  }
}
