import type { AppDB } from '@/lib/db/app-db';
import type { Account, ChecklistTemplate, Contact, Meeting, Task } from '@/lib/schema';
import { allAccounts } from './accounts';
import { meetingsBetween } from './meetings';
import { openTasks } from './open-tasks';
import { allContacts } from './people';
import { checklistTemplates } from './templates';

export interface CalendarExportData {
  meetings: Meeting[];
  tasks: Task[];
  accounts: Account[];
  contacts: Contact[];
  templates: ChecklistTemplate[];
}

/** What the .ics export writes: meetings after `from`, open follow-ups, and what names them. */
export async function calendarExportData(db: AppDB, from: string): Promise<CalendarExportData> {
  const [meetings, tasks, accounts, contacts, templates] = await Promise.all([
    meetingsBetween(db, from),
    openTasks(db),
    allAccounts(db),
    allContacts(db),
    checklistTemplates(db),
  ]);
  return { meetings, tasks, accounts, contacts, templates };
}
