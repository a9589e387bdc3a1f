import { defaultTemplates, restoreDefaults, toChecklistLocale } from '@/lib/checklists/default-templates';
import { moveAt } from '@/lib/checklists/move-at';
import type { AppDB } from '@/lib/db/app-db';
import { ChecklistTemplate } from '@/lib/schema';

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

/** Saves a template (new or edited); an invalid one throws the schema's message and writes nothing. */
export async function saveTemplate(db: AppDB, template: ChecklistTemplate): Promise<ChecklistTemplate> {
  const parsed = ChecklistTemplate.parse(template);
  await db.checklistTemplates.put(parsed);
  return parsed;
}

export async function deleteTemplate(db: AppDB, id: string): Promise<void> {
  await db.checklistTemplates.delete(id);
}

/** Moves one template up or down; every template gets its index as order, so gaps heal. */
export async function moveTemplate(db: AppDB, id: string, delta: number): Promise<void> {
  await db.transaction('rw', db.checklistTemplates, async () => {
    const sorted = (await db.checklistTemplates.toArray()).sort((a, b) => a.order - b.order);
    const moved = moveAt(
      sorted,
      sorted.findIndex((t) => t.id === id),
      delta,
    );
    await db.checklistTemplates.bulkPut(moved.map((t, order) => ({ ...t, order })));
  });
}

/** Everything before a bulk change, for Undo. */
export async function snapshotTemplates(db: AppDB): Promise<ChecklistTemplate[]> {
  return db.checklistTemplates.toArray();
}

/** Undo of a template change: the table becomes the snapshot again. */
export async function restoreTemplates(db: AppDB, snapshot: ChecklistTemplate[]): Promise<void> {
  await db.transaction('rw', db.checklistTemplates, async () => {
    await db.checklistTemplates.clear();
    await db.checklistTemplates.bulkPut(snapshot);
  });
}
