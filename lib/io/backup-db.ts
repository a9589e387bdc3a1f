import { type Backup, backupTableNames, type BackupTable } from '@/lib/schema';
import type { AppDB } from '@/lib/db/app-db';
import { parseBackupText, type BackupParseResult } from './backup-parse';

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
    return { ...extras, ...out } as Backup;
  });
}

export type ImportCounts = Record<BackupTable, number>;

/**
 * Validates and writes a backup in one transaction: any invalid record, or any failure while
 * writing (a full disk), leaves the database exactly as it was.
 */
export async function importBackupText(db: AppDB, text: string): Promise<BackupParseResult & { counts?: ImportCounts }> {
  const existing = new Set(await db.accounts.toCollection().primaryKeys());
  const result = parseBackupText(text, existing);
  if (!result.ok) return result;
  const backup = result.backup;
  const counts = {} as ImportCounts;
  await db.transaction('rw', [...tablesOf(db), db.kv], async () => {
    for (const name of backupTableNames) {
      await (db[name] as unknown as { bulkPut(r: unknown[]): Promise<unknown> }).bulkPut(backup[name]);
      counts[name] = backup[name].length;
    }
    const extras = Object.fromEntries(Object.entries(backup).filter(([k]) => !known.has(k)));
    if (Object.keys(extras).length) await db.kv.put({ key: EXTRAS_KEY, value: extras });
  });
  return { ...result, counts };
}

/** Removes every record (used by tests and "start over"); settings stay. */
export async function wipeData(db: AppDB): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    for (const t of tablesOf(db)) await t.clear();
  });
}
