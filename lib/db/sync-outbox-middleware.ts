import Dexie from 'dexie';
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { SyncSwitch } from './sync-switch';
import { isSyncedTable, recordKey, SYNC_OUTBOX, type OutboxRow } from './sync-tables';

/**
 * Queues every local change of a synced record into the outbox in the change's own transaction
 * (docs/architecture.md, "Sync"): a write that commits is always queued, an aborted one never.
 * Whoever writes — a repo, an Undo, a backup import, `clear()` — is covered.
 *
 * With sync off (the default) a transaction gets no extra table and a write no extra work beyond
 * one set lookup per call: bulk imports run at the raw speed (`npm run bench`). Writes of the
 * sync engine itself (pulled records) are marked bypassed on the switch and not queued again.
 */
export function syncOutboxMiddleware(sw: SyncSwitch): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'SyncOutbox',
    create(down) {
      // A database opened at an older version (the migration harness) has no outbox.
      if (!down.schema.tables.some((t) => t.name === SYNC_OUTBOX)) return {};
      const widened = new WeakSet<DBCoreTransaction>();
      return {
        transaction(stores, mode, options) {
          const widen = sw.on && mode === 'readwrite' && !stores.includes(SYNC_OUTBOX) && stores.some(isSyncedTable);
          if (!widen) {
            const trans = down.transaction(stores, mode, options);
            // A transaction that already names the outbox (the engine's, a test's) queues too.
            if (sw.on && mode === 'readwrite' && stores.includes(SYNC_OUTBOX)) widened.add(trans);
            return trans;
          }
          const trans = down.transaction([...stores, SYNC_OUTBOX], mode, options);
          widened.add(trans);
          return trans;
        },
        table(name) {
          const table = down.table(name);
          if (!isSyncedTable(name)) return table;
          return {
            ...table,
            mutate: (req) =>
              !widened.has(req.trans) || sw.isBypassed(req.trans)
                ? table.mutate(req)
                : // A Dexie promise, not the async function's native one: docs/architecture.md, Dexie rule 7.
                  Dexie.Promise.resolve(mutateQueued(down.table(SYNC_OUTBOX), table, name, req)),
          };
        },
      };
    },
  };
}

async function mutateQueued(
  outbox: DBCoreTable,
  table: DBCoreTable,
  name: string,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  let keys: unknown[];
  let res: DBCoreMutateResponse;
  if (req.type === 'deleteRange') {
    // The keys a range delete (`clear()`, a collection's delete) removes, read before it runs.
    keys = (await table.query({ trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })).result;
    res = await table.mutate(req);
  } else if (req.type === 'delete') {
    res = await table.mutate(req);
    keys = req.keys;
  } else {
    res = await table.mutate(req);
    const written = req.keys ?? res.results ?? [];
    keys = res.numFailures > 0 ? written.filter((_, i) => !res.failures[i]) : written;
  }
  if (keys.length > 0) {
    const at = Date.now();
    const values: OutboxRow[] = keys.map((k) => ({ k: recordKey(name, String(k)), at }));
    await outbox.mutate({ trans, type: 'put', values });
  }
  return res;
}
