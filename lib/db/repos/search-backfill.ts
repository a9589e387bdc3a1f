import Dexie, { type Transaction } from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import { deferIndexingOf } from '@/lib/db/search-index-middleware';
import { docOf, searchedTables, type SearchedTable } from '@/lib/search/search-doc';

/** kv row holding how far the backfill got; read by lib/db/queries/search-all.ts. */
export const BACKFILL_KEY = 'searchBackfill';
/**
 * Bump when docOf's output changes (new fields, a new tokenizer rule): rows written by an older
 * Keyside are then rebuilt in the background, chunk by chunk, while search keeps working.
 */
export const INDEX_VERSION = 1;

const tables = Object.keys(searchedTables) as SearchedTable[];

export interface BackfillState {
  version: number;
  /** Index into `tables` of the table being indexed; tables.length when done. */
  table: number;
  /** Last id indexed in that table; null before its first chunk. */
  after: string | null;
}

export function backfillDone(state: BackfillState | undefined): boolean {
  return state?.version === INDEX_VERSION && state.table >= tables.length;
}

function readState(value: unknown): BackfillState {
  const s = value as Partial<BackfillState> | undefined;
  if (s?.version !== INDEX_VERSION || typeof s.table !== 'number') return { version: INDEX_VERSION, table: 0, after: null };
  return { version: INDEX_VERSION, table: s.table, after: typeof s.after === 'string' ? s.after : null };
}

/**
 * Indexes one chunk of records stored before the index existed (or before INDEX_VERSION) and
 * moves the bookmark, in one transaction: a crash resumes where the last chunk ended. Records
 * written meanwhile are indexed by their own transactions (search-index-middleware.ts); indexing
 * one again here is harmless. Returns true once everything is indexed.
 */
export async function backfillChunk(db: AppDB, size = 500): Promise<boolean> {
  return db.transaction('rw', [db.kv, db.searchDocs, ...tables.map((n) => db[n])], async () => {
    const state = readState((await db.kv.get(BACKFILL_KEY))?.value);
    const name = tables[state.table];
    if (!name) return true;
    const table = db[name];
    const rows: { id: string }[] =
      state.after === null
        ? await table.orderBy(':id').limit(size).toArray()
        : await table.where(':id').above(state.after).limit(size).toArray();
    if (rows.length > 0) await db.searchDocs.bulkPut(rows.map((r) => docOf(searchedTables[name], r)));
    const next: BackfillState =
      rows.length < size
        ? { version: INDEX_VERSION, table: state.table + 1, after: null }
        : { version: INDEX_VERSION, table: state.table, after: rows[rows.length - 1]?.id ?? null };
    await db.kv.put({ key: BACKFILL_KEY, value: next });
    return next.table >= tables.length;
  });
}

/**
 * For a bulk write (a backup import): called inside its read-write transaction, before the
 * puts. The puts then write only the records, and the bookmark goes back to the start, so the
 * backfill indexes them (and rewrites the rows of records the import replaced) afterwards.
 * Search meanwhile finds what is indexed and says indexing is under way (search-all.ts). Both
 * belong to the transaction: an aborted import neither writes records nor rewinds.
 */
export async function deferIndexing(db: AppDB): Promise<void> {
  // Dexie types it as always set; outside a transaction it is null.
  const trans = Dexie.currentTransaction as Transaction | null;
  if (trans?.mode !== 'readwrite') throw new Error('deferIndexing needs a read-write transaction');
  deferIndexingOf(trans.idbtrans);
  await db.kv.put({ key: BACKFILL_KEY, value: { version: INDEX_VERSION, table: 0, after: null } satisfies BackfillState });
}

const running = new WeakMap<AppDB, Promise<void>>();

/**
 * Runs the backfill to the end, one chunk per task so pages stay responsive; one run per
 * context at a time (the worker starts it, a page may too: chunks from both are harmless).
 */
export function backfillSearchIndex(db: AppDB, size = 500): Promise<void> {
  let run = running.get(db);
  if (!run) {
    run = (async () => {
      try {
        // Every page start asks, and nearly always it is done: a read of the bookmark alone
        // (kv only) answers that without the chunk's read-write transaction over the searched
        // tables, which would hold up every read of them the page starts meanwhile (the
        // portfolio's first screen: issue 13).
        if (backfillDone(readState((await db.kv.get(BACKFILL_KEY))?.value))) return;
        while (!(await backfillChunk(db, size))) await new Promise((r) => setTimeout(r, 0));
      } finally {
        running.delete(db);
      }
    })();
    running.set(db, run);
  }
  return run;
}
