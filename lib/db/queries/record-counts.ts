import type { AppDB } from '@/lib/db/app-db';
import { backupTableNames, type BackupTable } from '@/lib/schema';

/** How many records of each kind are stored: Settings' "what is stored". */
export function recordCounts(db: AppDB): Promise<Record<BackupTable, number>> {
  return db.transaction(
    'r',
    backupTableNames.map((n) => db[n]),
    async () => {
      const counts = await Promise.all(backupTableNames.map((n) => db[n].count()));
      return Object.fromEntries(backupTableNames.map((n, i) => [n, counts[i] ?? 0])) as Record<BackupTable, number>;
    },
  );
}
