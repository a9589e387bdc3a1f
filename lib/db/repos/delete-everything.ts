import type { AppDB } from '@/lib/db/app-db';
import { seedTemplatesIfEmpty } from './templates';

/**
 * Settings' "Delete everything": every table, settings and derived data included, in one
 * transaction (a failure deletes nothing). The built-in checklist templates are part of the
 * product rather than the user's data, so they come back as on a fresh install.
 */
export async function deleteEverything(db: AppDB, uiLanguage: string): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
  await seedTemplatesIfEmpty(db, uiLanguage);
}
