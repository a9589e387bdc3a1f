import type { AppDB } from '@/lib/db/app-db';
import { UserFacingError } from '@/lib/db/errors';
import type { ChecklistTemplate } from '@/lib/schema';
import { moveAt, type TemplateDraft, templateOf, validateDraft } from './template-draft';

/** Saves a draft; an invalid one (no items, no name) throws with the first problem and writes nothing. */
export async function saveTemplate(db: AppDB, draft: TemplateDraft): Promise<ChecklistTemplate> {
  const problems = validateDraft(draft);
  if (problems.length) throw new UserFacingError(problems[0]!);
  const template = templateOf(draft);
  await db.checklistTemplates.put(template);
  return template;
}

/** Moves one template up or down; every template gets its index as order, so gaps heal. */
export async function moveTemplate(db: AppDB, id: string, delta: number): Promise<void> {
  await db.transaction('rw', db.checklistTemplates, async () => {
    const sorted = (await db.checklistTemplates.toArray()).sort((a, b) => a.order - b.order);
    const moved = moveAt(sorted, sorted.findIndex((t) => t.id === id), delta);
    await db.checklistTemplates.bulkPut(moved.map((t, order) => ({ ...t, order })));
  });
}

/** Everything before a bulk change, for Undo. */
export async function snapshotTemplates(db: AppDB): Promise<ChecklistTemplate[]> {
  return db.checklistTemplates.toArray();
}

export async function restoreTemplates(db: AppDB, snapshot: ChecklistTemplate[]): Promise<void> {
  await db.transaction('rw', db.checklistTemplates, async () => {
    await db.checklistTemplates.clear();
    await db.checklistTemplates.bulkPut(snapshot);
  });
}
