/**
 * Which alarms should exist: one per upcoming meeting reminder (lib/meetings/reminders.ts) and one
 * per follow-up with a remind-at time. Alarms persist across worker shutdowns and browser
 * restarts, so the worker need not be running when the time comes. Both the worker and the
 * dashboard call `replanAlarms` after changes: a dashboard write does not wake a sleeping worker.
 */
import type { AppDB } from '@/lib/db/app-db';
import { meetingsBetween } from '@/lib/db/queries/meetings';
import { openTasksWithReminder } from '@/lib/db/queries/open-tasks';
import { checklistTemplates } from '@/lib/db/queries/templates';
import { getSettings } from '@/lib/db/repos/settings';
import type { ChecklistTemplate, Meeting, Settings, Task } from '@/lib/schema';
import { alarmNameFor, upcomingReminders } from './reminders';
import { loadReminderState, taskReminderId } from '@/lib/background/reminders/state';

export const MEETING_ALARM_PREFIX = alarmNameFor('');
export const TASK_ALARM_PREFIX = 'keyside:task:';
/** Chrome allows a few hundred alarms; the next ones are re-planned as earlier ones fire. */
const MAX_ALARMS = 200;
const DAY_MS = 86_400_000;

export function taskAlarmName(taskId: string): string {
  return TASK_ALARM_PREFIX + taskId;
}

export function parseTaskAlarmName(name: string): string | null {
  return name.startsWith(TASK_ALARM_PREFIX) && name.length > TASK_ALARM_PREFIX.length ? name.slice(TASK_ALARM_PREFIX.length) : null;
}

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

/**
 * Everything planning reads. Meetings from a day back (stored instants may carry any UTC offset,
 * so the string index is only day-precise); the exact cut is made on parsed times.
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

/** A reminder whose time had passed when the meeting was booked: the user already knows. */
export function bookedAfterReminder(meeting: Meeting, remindAt: string): boolean {
  return !!meeting.createdAt && Date.parse(meeting.createdAt) > Date.parse(remindAt);
}

export function plannedAlarms(input: PlanInput, fired: ReadonlySet<string>, now: Date): PlannedAlarm[] {
  const byId = new Map(input.meetings.map((m) => [m.id, m]));
  const meetingAlarms = upcomingReminders(now, input.meetings, { templates: input.templates, settings: input.settings })
    .filter((r) => !fired.has(r.id) && !bookedAfterReminder(byId.get(r.meetingId)!, r.remindAt))
    .map((r) => ({ name: alarmNameFor(r.meetingId), when: Date.parse(r.remindAt) }));
  const taskAlarms = input.tasks
    .filter((t) => t.status === 'open' && t.remindAt && Date.parse(t.remindAt) > now.getTime())
    .filter((t) => !fired.has(taskReminderId(t.id, t.remindAt!)))
    .map((t) => ({ name: taskAlarmName(t.id), when: Date.parse(t.remindAt!) }));
  return [...meetingAlarms, ...taskAlarms].sort((a, b) => a.when - b.when).slice(0, MAX_ALARMS);
}

const isOurs = (name: string) => name.startsWith(MEETING_ALARM_PREFIX) || name.startsWith(TASK_ALARM_PREFIX);

/** Makes the browser's alarms match the plan: stale ones cleared, moved ones replaced. */
export async function applyAlarms(planned: readonly PlannedAlarm[]): Promise<void> {
  const existing = (await browser.alarms.getAll()).filter((a) => isOurs(a.name));
  const want = new Map(planned.map((p) => [p.name, p.when]));
  for (const a of existing) if (!want.has(a.name)) await browser.alarms.clear(a.name);
  const have = new Map(existing.map((a) => [a.name, a.scheduledTime]));
  for (const p of planned) {
    if (have.get(p.name) !== p.when) await browser.alarms.create(p.name, { when: p.when });
  }
}

/** Reads the database (unless a live query just did) and the fired set, then reconciles the alarms. */
export async function replanAlarms(db: AppDB, now = new Date(), known?: PlanInput): Promise<PlannedAlarm[]> {
  const [input, state] = await Promise.all([known ?? loadPlanInput(db, now), loadReminderState()]);
  const planned = plannedAlarms(input, new Set(state.fired), now);
  await applyAlarms(planned);
  return planned;
}
