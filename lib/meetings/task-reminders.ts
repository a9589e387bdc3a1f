/**
 * Follow-up reminders: a follow-up with a remind-at time gets one alarm, named after the task,
 * and fires once per remind-at time.
 */
import type { Task } from '@/lib/schema';

export const TASK_ALARM_PREFIX = 'keyside:task:';

export function taskAlarmName(taskId: string): string {
  return TASK_ALARM_PREFIX + taskId;
}

export function parseTaskAlarmName(name: string): string | null {
  return name.startsWith(TASK_ALARM_PREFIX) && name.length > TASK_ALARM_PREFIX.length
    ? name.slice(TASK_ALARM_PREFIX.length)
    : null;
}

/** Reminder id of a follow-up: a new remind-at time is a new reminder, which fires again. */
export function taskReminderId(taskId: string, remindAt: string): string {
  return `task:${taskId}@${new Date(remindAt).toISOString()}`;
}

/** A follow-up with a reminder time. */
export type TaskWithReminder = Task & { remindAt: string };

/** An open follow-up whose reminder time came after `from` and by `now`, not shown yet. */
export function taskReminderDue(
  task: Task | undefined,
  fired: ReadonlySet<string>,
  from: number,
  now: Date,
): task is TaskWithReminder {
  if (task?.status !== 'open' || !task.remindAt) return false;
  const at = Date.parse(task.remindAt);
  return at > from && at <= now.getTime() && !fired.has(taskReminderId(task.id, task.remindAt));
}
