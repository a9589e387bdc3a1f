import { useLiveQuery } from 'dexie-react-hooks';
import { checklistFor, type MeetingChecklistItem } from '@/lib/checklists/checklist';
import { preparationPrompts, type Prompt } from '@/lib/meetings/prompts';
import { getDb } from '@/lib/db/app-db';
import type { Account, ChecklistTemplate, Contact, Meeting, Task } from '@/lib/schema';

export interface MeetingPrep {
  meeting: Meeting;
  account: Account | null;
  attendees: Contact[];
  templates: ChecklistTemplate[];
  items: MeetingChecklistItem[];
  prompts: Prompt[];
  /** Follow-ups made from this meeting's outcome. */
  followUps: Task[];
}

/**
 * Everything the preparation view shows, live: ticking an item or closing a complaint in
 * another tab updates it. `null` when the meeting does not exist (deleted, or a stale link).
 */
export function useMeetingPrep(id: string): MeetingPrep | null | undefined {
  const db = getDb();
  return useLiveQuery(async () => {
    const meeting = await db.meetings.get(id);
    if (!meeting) return null;
    const accountId = meeting.accountId;
    const [account, people, attendees, interactions, tasks, meetings, templates] = await Promise.all([
      db.accounts.get(accountId),
      db.contacts.where('accountId').equals(accountId).toArray(),
      db.contacts.bulkGet(meeting.contactIds),
      db.interactions.where('[accountId+at]').between([accountId, ''], [accountId, '\uffff']).toArray(),
      db.tasks.where('accountId').equals(accountId).toArray(),
      db.meetings.where('accountId').equals(accountId).toArray(),
      db.checklistTemplates.toArray(),
    ]);
    const present = attendees.filter((c): c is Contact => !!c);
    const known = new Set(people.map((c) => c.id));
    const prompts = account
      ? preparationPrompts({ account, contacts: [...people, ...present.filter((c) => !known.has(c.id))], interactions, tasks, meetings, now: new Date(), meeting })
      : [];
    return {
      meeting,
      account: account ?? null,
      attendees: present,
      templates,
      items: checklistFor(meeting, templates),
      prompts,
      followUps: tasks.filter((t) => t.meetingId === meeting.id),
    };
  }, [id]);
}
