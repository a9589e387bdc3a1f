import { checklistFor, type MeetingChecklistItem } from '../checklists/checklist';
import type { AppDB } from '../db/app-db';
import type { Meeting } from '../schema';

/** The checklist of a meeting: its type's items then the every-meeting conduct items. */
export async function itemsForMeeting(db: AppDB, meeting: Meeting): Promise<MeetingChecklistItem[]> {
  return checklistFor(meeting, await db.checklistTemplates.toArray());
}
