import type { AppDB } from '@/lib/db/app-db';
import { loadPlanInput } from './alarm-plan';

/**
 * Everything the worker's reminder alarms and toolbar badge are computed from: the alarm plan's
 * input and the open follow-ups. A page watches this (liveQuery) to know when to tell the worker
 * that data changed (components/ui/use-data-changed-signal.ts).
 */
export async function alarmAndBadgeInputs(db: AppDB, now: Date) {
  const [plan, openTasks] = await Promise.all([loadPlanInput(db, now), db.tasks.where('status').equals('open').toArray()]);
  return { plan, openTasks };
}
