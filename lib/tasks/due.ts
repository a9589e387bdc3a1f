/**
 * Follow-up due dates (docs/domain.md §6). The texts set no deadlines, so these helpers only sort and
 * label the user's own dates. Everything is at day precision in the user's zone: a follow-up due
 * "Tuesday" (or Tuesday 09:00) is "today" all Tuesday and "overdue" from Wednesday.
 */
import type { Task } from '@/lib/schema/task';
import { addDays, dayOf, type Day, isDayOnly, localDay, runtimeTimeZone } from '@/lib/time/local-time';

export type DueBucket = 'overdue' | 'today' | 'week' | 'later' | 'none';

/** The local day a task is due, or null when it has no due date. */
export function dueDay(task: Pick<Task, 'due'>, tz: string = runtimeTimeZone()): Day | null {
  return task.due ? dayOf(task.due, tz) : null;
}

/**
 * Where a task sits on the follow-up list. 'week' is the next six days after today (a rolling
 * week, so a Friday still sees next Tuesday). Done tasks classify by date too; callers that
 * only want open work filter first.
 */
export function dueBucket(task: Pick<Task, 'due'>, now: Date, tz: string = runtimeTimeZone()): DueBucket {
  const day = dueDay(task, tz);
  if (!day) return 'none';
  const today = localDay(now, tz);
  if (day < today) return 'overdue';
  if (day === today) return 'today';
  if (day <= addDays(today, 6)) return 'week';
  return 'later';
}

export function isOpen(task: Pick<Task, 'status'>): boolean {
  return task.status === 'open';
}

/** Open and due before today. */
export function isOverdue(task: Pick<Task, 'due' | 'status'>, now: Date, tz: string = runtimeTimeZone()): boolean {
  return isOpen(task) && dueBucket(task, now, tz) === 'overdue';
}

/** Snoozed tasks are hidden from the badge and Today until the snooze ends. */
export function isSnoozed(task: Pick<Task, 'snoozedUntil'>, now: Date): boolean {
  return !!task.snoozedUntil && Date.parse(task.snoozedUntil) > now.getTime();
}

/**
 * Open tasks, overdue first then by due (earliest first), undated last; ties keep input order.
 */
export function sortOpenTasks<T extends Task>(tasks: readonly T[], tz: string = runtimeTimeZone()): T[] {
  const keyed = tasks.filter(isOpen).map((task, i) => ({
    task,
    i,
    day: dueDay(task, tz),
    // A plain day has been due since the day began: before any timed task of that day.
    at: task.due && !isDayOnly(task.due) ? Date.parse(task.due) : Number.NEGATIVE_INFINITY,
  }));
  // Overdue days are before today, so ascending day order already puts them first.
  keyed.sort((a, b) => {
    if (!a.day || !b.day) return a.day === b.day ? a.i - b.i : a.day ? -1 : 1;
    if (a.day !== b.day) return a.day < b.day ? -1 : 1;
    if (a.at !== b.at) return a.at < b.at ? -1 : 1;
    return a.i - b.i;
  });
  return keyed.map((k) => k.task);
}

/** The toolbar badge: open tasks overdue or due today, not snoozed past now. */
export function badgeCount(tasks: readonly Task[], now: Date, tz: string = runtimeTimeZone()): number {
  let n = 0;
  for (const t of tasks) {
    if (!isOpen(t) || isSnoozed(t, now)) continue;
    const b = dueBucket(t, now, tz);
    if (b === 'overdue' || b === 'today') n++;
  }
  return n;
}

/** Hide a task until `until`; the task stays open. */
export function snooze<T extends Task>(task: T, until: Date | string): T {
  const d = typeof until === 'string' ? new Date(until) : until;
  if (Number.isNaN(d.getTime())) throw new RangeError(`invalid snooze time: ${String(until)}`);
  return { ...task, snoozedUntil: d.toISOString() };
}

/** Mark done; clears any snooze so a reopened task is visible at once. */
export function complete<T extends Task>(task: T, now: Date = new Date()): T {
  return { ...task, status: 'done', doneAt: now.toISOString(), snoozedUntil: null };
}

export function reopen<T extends Task>(task: T): T {
  return { ...task, status: 'open', doneAt: null };
}
