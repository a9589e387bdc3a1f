import { type Backup, backupTableNames, type BackupTable } from '@/lib/schema';
import type { AppDB } from '@/lib/db/app-db';
import { withoutCrmKeys } from '@/lib/db/crm-keys';
import { deferIndexing } from '@/lib/db/repos/search-backfill';
import { searchedTables } from '@/lib/search/search-doc';
import { checkRecords, inFileOrder, precheckBackupText, writeOrder, type RawBackup } from './backup-check';
import { parseBackupText, validateWhole, type BackupParseResult, type BackupProblem } from './backup-parse';

const EXTRAS_KEY = 'backupExtras';
const known = new Set<string>(['format', 'version', 'exportedAt', ...backupTableNames]);

function tablesOf(db: AppDB) {
  return backupTableNames.map((n) => db[n]);
}

/** Reads the whole database into a backup object; top-level keys we did not know are written back. */
export async function exportBackup(db: AppDB, now = new Date()): Promise<Backup> {
  return db.transaction('r', [...tablesOf(db), db.kv], async () => {
    const extras = ((await db.kv.get(EXTRAS_KEY))?.value ?? {}) as Record<string, unknown>;
    const out: Record<string, unknown> = { format: 'keyside-backup', version: 1, exportedAt: now.toISOString() };
    for (const name of backupTableNames) out[name] = await db[name].toArray();
    // The accounts' index keys are derived from crmRefs on every write (lib/db/crm-keys.ts): not part of the format.
    out.accounts = (out.accounts as object[]).map(withoutCrmKeys);
    return { ...extras, ...out } as Backup;
  });
}

export type ImportCounts = Record<BackupTable, number>;

/** What a valid backup would do to the database: records it adds and records it replaces (same id). */
export interface ImportPlan {
  adds: ImportCounts;
  replaces: ImportCounts;
}

export type PlannedImport = { ok: false; problems: BackupProblem[] } | { ok: true; backup: Backup; plan: ImportPlan };

/**
 * Validates a backup and counts what it would add and replace, writing nothing: the dashboard
 * asks before an import replaces existing records, the built-in checklist templates seeded at
 * install included (docs/contract.md, Extension pages).
 */
export async function planBackupImport(db: AppDB, text: string): Promise<PlannedImport> {
  const existing = new Set(await db.accounts.toCollection().primaryKeys());
  const result = parseBackupText(text, existing);
  if (!result.ok) return result;
  const adds = {} as ImportCounts;
  const replaces = {} as ImportCounts;
  for (const name of backupTableNames) {
    const ids = new Set<unknown>(await db[name].toCollection().primaryKeys());
    const replaced = result.backup[name].filter((r) => ids.has(r.id)).length;
    replaces[name] = replaced;
    adds[name] = result.backup[name].length - replaced;
  }
  return { ok: true, backup: result.backup, plan: { adds, replaces } };
}

/** Whether the plan replaces any existing record, so the user must confirm first. */
export function replacesAny(plan: ImportPlan): boolean {
  return Object.values(plan.replaces).some((n) => n > 0);
}

/** Records per bulkPut: large enough that IndexedDB's queue never runs dry, small enough for a moving progress bar. */
const CHUNK = 5_000;
/**
 * Above this many searched records, the import leaves indexing to the background backfill
 * (lib/db/repos/search-backfill.ts `deferIndexing`): writing an index row with every record made
 * a large import several times slower than IndexedDB itself (issue 13). Smaller imports (the
 * demo data, a colleague's handover) are searchable the moment they are written.
 */
export const DEFER_INDEX_ABOVE = 2_000;

export interface WriteOptions {
  /** Called after each chunk is written (inside the transaction: nothing is committed until the end). */
  onProgress?: (written: number, total: number) => void;
  /** Tests lower it to exercise the deferred path on a few records. */
  deferIndexAbove?: number;
}

type Check = (table: BackupTable, list: readonly unknown[], indexes: readonly number[]) => ReturnType<typeof checkRecords>;

/** Thrown inside the transaction to abort it when a record fails its check. */
class InvalidRecords extends Error {}

/**
 * Writes the lists in one transaction, chunk by chunk, each chunk checked by `check` while the
 * one before it is being written: IndexedDB works in its own process meanwhile. A problem stops
 * the writing, the checking goes on to report every problem, and the transaction is aborted:
 * the database is left exactly as it was, as after any other failure (a full disk).
 */
async function writeLists(
  db: AppDB,
  lists: Record<BackupTable, readonly unknown[]>,
  extras: Record<string, unknown>,
  check: Check,
  opts: WriteOptions,
): Promise<{ ok: true; counts: ImportCounts } | { ok: false; problems: BackupProblem[] }> {
  const counts = {} as ImportCounts;
  const total = backupTableNames.reduce((n, name) => n + lists[name].length, 0);
  const searched = Object.keys(searchedTables).reduce((n, name) => n + lists[name as BackupTable].length, 0);
  const problems: BackupProblem[] = [];
  let written = 0;
  // Where the time goes (test/tools/profile-import.mjs reads the mark): checking records on this
  // thread, and waiting for IndexedDB to finish the chunk before the next is handed over.
  let checkMs = 0;
  let waitMs = 0;
  try {
    await db.transaction('rw', [...tablesOf(db), db.kv], async () => {
      if (searched > (opts.deferIndexAbove ?? DEFER_INDEX_ABOVE)) await deferIndexing(db);
      // The chunk being written; awaited (a Dexie promise, Dexie rule 7) only after the next is checked.
      let writing: Promise<unknown> | undefined;
      for (const name of backupTableNames) {
        const list = lists[name];
        const table = db[name] as unknown as { bulkPut(r: unknown[]): Promise<unknown> };
        const order = writeOrder(name, list);
        for (let at = 0; at < order.length; at += CHUNK) {
          const t0 = performance.now();
          const checked = check(name, list, order.length <= CHUNK ? order : order.slice(at, at + CHUNK));
          const t1 = performance.now();
          problems.push(...checked.problems);
          if (writing) await writing;
          writing = undefined;
          checkMs += t1 - t0;
          waitMs += performance.now() - t1;
          if (problems.length > 0) continue;
          const n = checked.values.length;
          writing = table.bulkPut(checked.values).then(() => {
            written += n;
            opts.onProgress?.(written, total);
          });
        }
        counts[name] = list.length;
      }
      const t2 = performance.now();
      if (writing) await writing;
      waitMs += performance.now() - t2;
      performance.mark('keyside-import-write', { detail: { checkMs, waitMs, records: total } });
      if (problems.length > 0) throw new InvalidRecords();
      if (Object.keys(extras).length) await db.kv.put({ key: EXTRAS_KEY, value: extras });
    });
  } catch (e) {
    if (e instanceof InvalidRecords) return { ok: false, problems: inFileOrder(problems) };
    throw e;
  }
  return { ok: true, counts };
}

const extrasOf = (file: object) => Object.fromEntries(Object.entries(file).filter(([k]) => !known.has(k)));

/**
 * Writes a validated backup in one transaction: any failure while writing (a full disk) leaves
 * the database exactly as it was. Each table is written by bulkPut in chunks, with no work per
 * record beyond what the middlewares need (lib/db/app-db.ts).
 */
export async function writeBackup(db: AppDB, backup: Backup, opts: WriteOptions = {}): Promise<ImportCounts> {
  const done = await writeLists(
    db,
    backup,
    extrasOf(backup),
    (_, list, indexes) => ({ values: indexes.map((i) => list[i]), problems: [] }),
    opts,
  );
  if (!done.ok) throw new Error('a validated backup failed its checks');
  return done.counts;
}

export type PrecheckedImport =
  { ok: false; problems: BackupProblem[] } | { ok: true; raw: RawBackup; shapeProblems: BackupProblem[]; plan: ImportPlan };

/**
 * The dashboard's first step: everything but the records' own fields checked, and what the file
 * would add and replace counted from its ids. Writes nothing.
 */
export async function precheckBackupImport(db: AppDB, text: string): Promise<PrecheckedImport> {
  const existing = new Set(await db.accounts.toCollection().primaryKeys());
  const pre = precheckBackupText(text, existing);
  if (!pre.ok) return pre;
  const adds = {} as ImportCounts;
  const replaces = {} as ImportCounts;
  for (const name of backupTableNames) {
    const ids = new Set<unknown>(await db[name].toCollection().primaryKeys());
    const replaced = pre.raw[name].filter((r) => ids.has((r as { id?: unknown } | null)?.id)).length;
    replaces[name] = replaced;
    adds[name] = pre.raw[name].length - replaced;
  }
  return { ok: true, raw: pre.raw, shapeProblems: pre.problems, plan: { adds, replaces } };
}

/**
 * Checks each record while the records before it are written, all in one transaction (see
 * writeLists): a valid file is in the database about as soon as IndexedDB can take it, an
 * invalid one leaves it untouched and lists every problem, as parseBackupText would.
 */
export async function importPrechecked(
  db: AppDB,
  pre: Extract<PrecheckedImport, { ok: true }>,
  opts: WriteOptions = {},
): Promise<{ ok: true; counts: ImportCounts } | { ok: false; problems: BackupProblem[] }> {
  if (pre.shapeProblems.length > 0) {
    const whole = validateWhole(pre.raw, pre.shapeProblems);
    return { ok: false, problems: whole.ok ? [] : whole.problems };
  }
  return writeLists(db, pre.raw, extrasOf(pre.raw), checkRecords, opts);
}

/**
 * Validates and writes a backup without asking (tests, tools): all or nothing — any invalid
 * record, or any failure while writing, leaves the database exactly as it was.
 */
export async function importBackupText(db: AppDB, text: string): Promise<BackupParseResult & { counts?: ImportCounts }> {
  const existing = new Set(await db.accounts.toCollection().primaryKeys());
  const result = parseBackupText(text, existing);
  if (!result.ok) return result;
  return { ...result, counts: await writeBackup(db, result.backup) };
}

/** Removes every record (used by tests and "start over"); settings stay. */
export async function wipeData(db: AppDB): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    for (const t of tablesOf(db)) await t.clear();
  });
}
