import { defaultTemplates, restoreDefaults, toChecklistLocale } from '@/lib/checklists/default-templates';
import type { AppDB } from '@/lib/db/app-db';

/**
 * First run: the built-in meeting types and checklists in the user's language. Runs on every
 * start but writes only into an empty table, so the user's edits are never overwritten.
 */
export async function seedTemplatesIfEmpty(db: AppDB, uiLanguage: string): Promise<boolean> {
  return db.transaction('rw', db.checklistTemplates, async () => {
    if ((await db.checklistTemplates.count()) > 0) return false;
    await db.checklistTemplates.bulkPut(defaultTemplates(toChecklistLocale(uiLanguage)));
    return true;
  });
}

/** "Restore defaults": built-ins come back as shipped; the user's own types stay. */
export async function restoreDefaultTemplates(db: AppDB, uiLanguage: string): Promise<void> {
  await db.transaction('rw', db.checklistTemplates, async () => {
    const next = restoreDefaults(await db.checklistTemplates.toArray(), toChecklistLocale(uiLanguage));
    await db.checklistTemplates.bulkPut(next);
  });
}
