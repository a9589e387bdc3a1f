import { type Backup, backupTableNames, type BackupTable } from '@/lib/schema';
import type { AppDB } from '@/lib/db/app-db';
import { withoutCrmKeys } from '@/lib/db/crm-keys';
import { deferIndexing } from '@/lib/db/repos/search-backfill';
import { searchedTables } from '@/lib/search/search-doc';
import { parseBackupText, type BackupParseResult, type BackupProblem } from './backup-parse';

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

/**
 * History grouped by account (in one linear pass), so each chunk touches the activity digests
 * (lib/db/activity-middleware.ts) of few accounts: an export lists history by id, and chunks of
 * that order would read and rewrite nearly every account's digest once per chunk.
 */
function byAccount<T extends { accountId: string }>(entries: T[]): T[] {
  if (entries.length <= CHUNK) return entries;
  const groups = new Map<string, T[]>();
  for (const e of entries) {
    const g = groups.get(e.accountId);
    if (g) g.push(e);
    else groups.set(e.accountId, [e]);
  }
  return [...groups.values()].flat();
}

export interface WriteOptions {
  /** Called after each chunk is written (inside the transaction: nothing is committed until the end). */
  onProgress?: (written: number, total: number) => void;
  /** Tests lower it to exercise the deferred path on a few records. */
  deferIndexAbove?: number;
}

/**
 * Writes a validated backup in one transaction: any failure while writing (a full disk) leaves
 * the database exactly as it was. Each table is written by bulkPut in chunks, with no work per
 * record beyond what the middlewares need (lib/db/app-db.ts).
 */
export async function writeBackup(db: AppDB, backup: Backup, opts: WriteOptions = {}): Promise<ImportCounts> {
  const counts = {} as ImportCounts;
  const total = backupTableNames.reduce((n, name) => n + backup[name].length, 0);
  const searched = Object.keys(searchedTables).reduce((n, name) => n + backup[name as BackupTable].length, 0);
  let written = 0;
  await db.transaction('rw', [...tablesOf(db), db.kv], async () => {
    if (searched > (opts.deferIndexAbove ?? DEFER_INDEX_ABOVE)) await deferIndexing(db);
    for (const name of backupTableNames) {
      const table = db[name] as unknown as { bulkPut(r: unknown[]): Promise<unknown> };
      const records = name === 'interactions' ? byAccount(backup.interactions) : backup[name];
      for (let at = 0; at < records.length; at += CHUNK) {
        const chunk = records.length <= CHUNK ? records : records.slice(at, at + CHUNK);
        await table.bulkPut(chunk);
        written += chunk.length;
        opts.onProgress?.(written, total);
      }
      counts[name] = records.length;
    }
    const extras = Object.fromEntries(Object.entries(backup).filter(([k]) => !known.has(k)));
    if (Object.keys(extras).length) await db.kv.put({ key: EXTRAS_KEY, value: extras });
  });
  return counts;
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
