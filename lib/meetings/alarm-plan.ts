/**
 * Which alarms should exist: one per upcoming meeting reminder (./reminders.ts) and one per
 * follow-up with a remind-at time (./task-reminders.ts). Pure: the worker reads the input and
 * makes the browser's alarms match (lib/background/reminders/alarms.ts).
 */
import type { ChecklistTemplate, Meeting, Settings, Task } from '@/lib/schema';
import { alarmNameFor, upcomingReminders } from './reminders';
import { TASK_ALARM_PREFIX, taskAlarmName, taskReminderId } from './task-reminders';

export const MEETING_ALARM_PREFIX = alarmNameFor('');
/** Chrome allows a few hundred alarms; the next ones are re-planned as earlier ones fire. */
const MAX_ALARMS = 200;

export interface PlanInput {
  meetings: Meeting[];
  templates: ChecklistTemplate[];
  settings: Settings;
  /** Open follow-ups that have a remind-at time. */
  tasks: Task[];
}

export interface PlannedAlarm {
  name: string;
  when: number;
}

/** A reminder whose time had passed when the meeting was booked: the user already knows. */
export function bookedAfterReminder(meeting: Meeting, remindAt: string): boolean {
  return !!meeting.createdAt && Date.parse(meeting.createdAt) > Date.parse(remindAt);
}

export function plannedAlarms(input: PlanInput, fired: ReadonlySet<string>, now: Date): PlannedAlarm[] {
  const byId = new Map(input.meetings.map((m) => [m.id, m]));
  const meetingAlarms = upcomingReminders(now, input.meetings, { templates: input.templates, settings: input.settings })
    .filter((r) => {
      // Every reminder comes from one of input.meetings, so each finds its meeting.
      const meeting = byId.get(r.meetingId);
      return !fired.has(r.id) && meeting !== undefined && !bookedAfterReminder(meeting, r.remindAt);
    })
    .map((r) => ({ name: alarmNameFor(r.meetingId), when: Date.parse(r.remindAt) }));
  const taskAlarms = input.tasks.flatMap((t) => {
    if (t.status !== 'open' || !t.remindAt) return [];
    const when = Date.parse(t.remindAt);
    return when > now.getTime() && !fired.has(taskReminderId(t.id, t.remindAt)) ? [{ name: taskAlarmName(t.id), when }] : [];
  });
  return [...meetingAlarms, ...taskAlarms].sort((a, b) => a.when - b.when).slice(0, MAX_ALARMS);
}

/** Alarms this plan owns (the badge's alarm and any other are left alone). */
export function isReminderAlarm(name: string): boolean {
  return name.startsWith(MEETING_ALARM_PREFIX) || name.startsWith(TASK_ALARM_PREFIX);
}
