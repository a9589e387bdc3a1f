import type { AppDB } from '../db/app-db';
import type { ChecklistItem, Meeting } from '../schema';

/** The checklist of a meeting: its template, else the template of its type. */
export async function itemsForMeeting(db: AppDB, meeting: Meeting): Promise<ChecklistItem[]> {
  const byId = meeting.checklistTemplateId ? await db.checklistTemplates.get(meeting.checklistTemplateId) : undefined;
  const template = byId ?? (await db.checklistTemplates.where('meetingType').equals(meeting.type).first());
  return template?.items ?? [];
}
