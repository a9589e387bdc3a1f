import { ANY_MEETING } from '@/lib/checklists/default-templates';
import type { AppDB } from '@/lib/db/app-db';
import type { ChecklistTemplate, Meeting } from '@/lib/schema';

/** Every checklist template, in storage (id) order. */
export function checklistTemplates(db: AppDB): Promise<ChecklistTemplate[]> {
  return db.checklistTemplates.toArray();
}

/** Every checklist template in the user's order (the templates page, type pickers). */
export async function templatesInOrder(db: AppDB): Promise<ChecklistTemplate[]> {
  return (await checklistTemplates(db)).sort((a, b) => a.order - b.order);
}

export function templateById(db: AppDB, id: string): Promise<ChecklistTemplate | undefined> {
  return db.checklistTemplates.get(id);
}

/**
 * What one meeting's checklist can draw on (lib/checklists/checklist.ts `checklistFor`): the
 * template it names, and those of its type and of every meeting, through the `meetingType` index.
 */
export async function templatesForMeeting(
  db: AppDB,
  meeting: Pick<Meeting, 'type' | 'checklistTemplateId'>,
): Promise<ChecklistTemplate[]> {
  const [named, ofType] = await Promise.all([
    meeting.checklistTemplateId ? db.checklistTemplates.get(meeting.checklistTemplateId) : undefined,
    db.checklistTemplates.where('meetingType').anyOf([meeting.type, ANY_MEETING]).toArray(),
  ]);
  const all = named && !ofType.some((t) => t.id === named.id) ? [named, ...ofType] : ofType;
  // Id order, as in the whole table: ties between templates of a type resolve as they always did.
  return all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
