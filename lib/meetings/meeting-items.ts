import { checklistFor, type MeetingChecklistItem } from '@/lib/checklists/checklist';
import type { AppDB } from '@/lib/db/app-db';
import { templatesForMeeting } from '@/lib/db/queries/templates';
import type { Meeting } from '@/lib/schema';

/** The checklist of a meeting: its type's items then the every-meeting conduct items. */
export async function itemsForMeeting(db: AppDB, meeting: Meeting): Promise<MeetingChecklistItem[]> {
  return checklistFor(meeting, await templatesForMeeting(db, meeting));
}
