import type { AppDB } from '@/lib/db/app-db';
import type { Task } from '@/lib/schema';
import { sortOpenTasks } from '@/lib/tasks/due';

/**
 * Every open follow-up (the `status` index, not `[status+due]`: a follow-up without a due date
 * has no key in the compound index and would be missed). The badge, the popup's neighbours, the
 * week, the calendar export and alarm planning all start here.
 */
export function openTasks(db: AppDB): Promise<Task[]> {
  return db.tasks.where('status').equals('open').toArray();
}

/**
 * Open follow-ups due on or before `lastDay` ('YYYY-MM-DD'), through `[status+due]`. A due may be
 * a date-time with any UTC offset, so the caller pads the bound by a day and cuts exactly on local
 * days (lib/tasks/due.ts `dueBucket`); follow-ups without a due date are never due.
 */
export function openTasksDueBy(db: AppDB, lastDay: string): Promise<Task[]> {
  return db.tasks
    .where('[status+due]')
    .between(['open', ''], ['open', `${lastDay}\uffff`], true, true)
    .toArray();
}

/** Open follow-ups with a reminder time: what alarm planning needs. */
export function openTasksWithReminder(db: AppDB): Promise<Task[]> {
  return db.tasks
    .where('status')
    .equals('open')
    .filter((t) => !!t.remindAt)
    .toArray();
}

/** All of an account's follow-ups, open and done, in storage order. */
export function tasksOf(db: AppDB, accountId: string): Promise<Task[]> {
  return db.tasks.where('accountId').equals(accountId).toArray();
}

/** An account's open follow-ups in the one follow-up order (lib/tasks/due.ts `sortOpenTasks`). */
export async function openTasksOf(db: AppDB, accountId: string): Promise<Task[]> {
  return sortOpenTasks(await tasksOf(db, accountId));
}

export function taskById(db: AppDB, id: string): Promise<Task | undefined> {
  return db.tasks.get(id);
}
