import { describe, expect, it } from 'vitest';
import { Task } from '@/lib/schema';
import { isReminderAlarm } from '@/lib/meetings/alarm-plan';
import { routeForNotification } from '@/lib/meetings/notification-route';
import { alarmNameFor } from '@/lib/meetings/reminders';
import { parseTaskAlarmName, taskAlarmName, taskReminderDue, taskReminderId } from '@/lib/meetings/task-reminders';

const now = new Date('2026-11-24T10:00:00Z');
const task = (remindAt: string | undefined, extra: Partial<Task> = {}) =>
  Task.parse({ id: 't1', accountId: 'acme', title: 'Call back', remindAt, ...extra });

describe('follow-up reminders', () => {
  it('names an alarm after the task and reads the name back', () => {
    expect(parseTaskAlarmName(taskAlarmName('t1'))).toBe('t1');
    expect(parseTaskAlarmName(taskAlarmName(''))).toBeNull();
    expect(parseTaskAlarmName(alarmNameFor('m1'))).toBeNull();
    expect(isReminderAlarm(taskAlarmName('t1'))).toBe(true);
    expect(isReminderAlarm(alarmNameFor('m1'))).toBe(true);
    expect(isReminderAlarm('keyside:badge')).toBe(false);
  });

  it('gives a new reminder id for a new remind-at time, the same one for the same instant', () => {
    expect(taskReminderId('t1', '2026-11-24T12:00:00+02:00')).toBe(taskReminderId('t1', '2026-11-24T10:00:00.000Z'));
    expect(taskReminderId('t1', '2026-11-24T11:00:00Z')).not.toBe(taskReminderId('t1', '2026-11-24T10:00:00Z'));
  });

  it('is due once its time came after `from`, while open and not yet shown', () => {
    const due = task('2026-11-24T09:30:00Z');
    expect(taskReminderDue(due, new Set(), Number.NEGATIVE_INFINITY, now)).toBe(true);
    expect(taskReminderDue(due, new Set(), Date.parse('2026-11-24T09:45:00Z'), now)).toBe(false);
    expect(taskReminderDue(due, new Set([taskReminderId('t1', due.remindAt!)]), Number.NEGATIVE_INFINITY, now)).toBe(false);
    expect(taskReminderDue(task('2026-11-24T10:30:00Z'), new Set(), Number.NEGATIVE_INFINITY, now)).toBe(false);
    expect(taskReminderDue(task('2026-11-24T09:30:00Z', { status: 'done' }), new Set(), Number.NEGATIVE_INFINITY, now)).toBe(
      false,
    );
    expect(taskReminderDue(task(undefined), new Set(), Number.NEGATIVE_INFINITY, now)).toBe(false);
    expect(taskReminderDue(undefined, new Set(), Number.NEGATIVE_INFINITY, now)).toBe(false);
  });

  it('opens the preparation view for a meeting, the week for a follow-up', () => {
    expect(routeForNotification(alarmNameFor('m 1'))).toBe('#/meeting/m%201');
    expect(routeForNotification(taskAlarmName('t1'))).toBe('#/week');
    expect(routeForNotification('keyside:badge')).toBeNull();
  });
});
