import { ANY_MEETING } from '@/lib/checklists/default-templates';
import { localizeTemplate } from '@/lib/checklists/localize-template';
import { uiChecklistLocale } from '@/lib/checklists/ui-checklist-locale';
import type { AppDB } from '@/lib/db/app-db';
import type { ChecklistTemplate, Meeting } from '@/lib/schema';

/**
 * Templates as shown: a built-in one's untouched items and name in the interface language
 * (lib/checklists/localize-template.ts), whatever language it was seeded in.
 */
function shown(templates: ChecklistTemplate[]): ChecklistTemplate[] {
  const locale = uiChecklistLocale();
  return templates.map((t) => localizeTemplate(t, locale));
}

/** Every checklist template, in storage (id) order. */
export async function checklistTemplates(db: AppDB): Promise<ChecklistTemplate[]> {
  return shown(await db.checklistTemplates.toArray());
}

/** Every checklist template in the user's order (the templates page, type pickers). */
export async function templatesInOrder(db: AppDB): Promise<ChecklistTemplate[]> {
  return (await checklistTemplates(db)).sort((a, b) => a.order - b.order);
}

export async function templateById(db: AppDB, id: string): Promise<ChecklistTemplate | undefined> {
  const template = await db.checklistTemplates.get(id);
  return template && localizeTemplate(template, uiChecklistLocale());
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
  return shown(all).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
