import { type Backup, backupTableNames, type BackupTable } from '@/lib/schema';
import type { AppDB } from '@/lib/db/app-db';
import { withoutCrmKeys } from '@/lib/db/crm-keys';
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

/**
 * Writes a validated backup in one transaction: any failure while writing (a full disk) leaves
 * the database exactly as it was.
 */
export async function writeBackup(db: AppDB, backup: Backup): Promise<ImportCounts> {
  const counts = {} as ImportCounts;
  await db.transaction('rw', [...tablesOf(db), db.kv], async () => {
    for (const name of backupTableNames) {
      await (db[name] as unknown as { bulkPut(r: unknown[]): Promise<unknown> }).bulkPut(backup[name]);
      counts[name] = backup[name].length;
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
