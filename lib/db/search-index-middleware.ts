import Dexie from 'dexie';
import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
import { docOf, refOf, searchedTables, type DocKind } from '@/lib/search/search-doc';

/** The persisted index's table (lib/db/migrations/versions.ts, version 2). */
export const SEARCH_DOCS = 'searchDocs';

const kindOf = new Map<string, DocKind>(Object.entries(searchedTables));

/**
 * Transactions whose puts leave indexing to the backfill (lib/db/repos/search-backfill.ts
 * `deferIndexing`): a bulk import writes only its records, as fast as IndexedDB takes them, and
 * the same transaction rewinds the backfill's bookmark, so the rows follow in the background.
 */
const deferred = new WeakSet<object>();

/** Marks a live read-write transaction (Dexie's `idbtrans`) as one whose puts are indexed later. */
export function deferIndexingOf(trans: object): void {
  deferred.add(trans);
}

/**
 * Keeps the search index in the same IndexedDB transaction as the data, whoever writes: a repo,
 * an Undo, a backup import, `clear()`. A write transaction over a searched table also gets the
 * index's store, and each write of a record is followed, in that transaction, by the write of
 * its index row. A crash or an abort therefore takes both or neither: no record is ever stored
 * without its row, and no row outlives its record.
 *
 * Index rows are computed from the values written (search-doc.ts `docOf`), so an edit replaces
 * the row whole and needs no read of the old record.
 */
export const searchIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SearchIndex',
  create(down) {
    // A database still opening at version 1 (the migration harness) has no index to keep.
    const indexed = down.schema.tables.some((t) => t.name === SEARCH_DOCS);
    if (!indexed) return {};
    return {
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && !stores.includes(SEARCH_DOCS) && stores.some((s) => kindOf.has(s));
        return down.transaction(widen ? [...stores, SEARCH_DOCS] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        const kind = kindOf.get(name);
        if (!kind) return table;
        // A Dexie promise, not the async function's native one: docs/architecture.md, Dexie rule 7.
        return { ...table, mutate: (req) => Dexie.Promise.resolve(mutateIndexed(down.table(SEARCH_DOCS), table, kind, req)) };
      },
    };
  },
};

async function mutateIndexed(
  docs: DBCoreTable,
  table: DBCoreTable,
  kind: DocKind,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  if (req.type === 'deleteRange') {
    const refs = await refsInRange(table, kind, req.range, trans);
    const res = await table.mutate(req);
    if (refs.length > 0) await docs.mutate({ trans, type: 'delete', keys: refs });
    return res;
  }
  const res = await table.mutate(req);
  if (req.type === 'delete') {
    await docs.mutate({ trans, type: 'delete', keys: req.keys.map((k) => refOf(kind, String(k))) });
    return res;
  }
  // A deferred bulk write: its rows come from the backfill, which this transaction rewound.
  if (deferred.has(trans)) return res;
  // add/put: index what was written; a failed add (an existing key) keeps the old row.
  const failed = res.numFailures > 0 ? res.failures : undefined;
  const values = failed ? req.values.filter((_, i) => !failed[i]) : req.values;
  if (values.length > 0) await docs.mutate({ trans, type: 'put', values: values.map((v) => docOf(kind, v)) });
  return res;
}

/** The refs of the records a range delete (`clear()`, a collection's delete) removes, read before it runs. */
async function refsInRange(
  table: DBCoreTable,
  kind: DocKind,
  range: DBCoreKeyRange,
  trans: DBCoreMutateRequest['trans'],
): Promise<string[]> {
  const { result } = await table.query({ trans, values: false, query: { index: table.schema.primaryKey, range } });
  return result.map((k) => refOf(kind, String(k)));
}
