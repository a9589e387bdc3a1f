import type { AppDB } from '@/lib/db/app-db';
import { openTasks } from '@/lib/db/queries/open-tasks';
import { loadPlanInput } from './plan-input';

/**
 * Everything the worker's reminder alarms and toolbar badge are computed from: the alarm plan's
 * input and the open follow-ups. A page watches this (liveQuery) to know when to tell the worker
 * that data changed (components/ui/use-data-changed-signal.ts).
 */
export async function alarmAndBadgeInputs(db: AppDB, now: Date) {
  const [plan, open] = await Promise.all([loadPlanInput(db, now), openTasks(db)]);
  return { plan, openTasks: open };
}
