import type { AppDB } from '@/lib/db/app-db';
import { meetingsBetween } from '@/lib/db/queries/meetings';
import { openTasksWithReminder } from '@/lib/db/queries/open-tasks';
import { checklistTemplates } from '@/lib/db/queries/templates';
import { getSettings } from '@/lib/db/repos/settings';
import { DAY_MS } from '@/lib/time/local-time';
import type { PlanInput } from './alarm-plan';

/**
 * Everything alarm planning (./alarm-plan.ts) reads. Meetings from a day back (stored instants
 * may carry any UTC offset, so the string index is only day-precise); the exact cut is made on
 * parsed times.
 */
export async function loadPlanInput(db: AppDB, now: Date): Promise<PlanInput> {
  const from = new Date(now.getTime() - DAY_MS).toISOString();
  const [meetings, templates, settings, tasks] = await Promise.all([
    meetingsBetween(db, from),
    checklistTemplates(db),
    getSettings(db),
    openTasksWithReminder(db),
  ]);
  return { meetings, templates, settings, tasks };
}
