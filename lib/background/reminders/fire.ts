/**
 * Showing reminders: when an alarm fires, and once at start for those missed while the browser
 * was closed. Each reminder is shown once (its id goes into the fired set) and one shown more
 * than a minute after its time says so ("late").
 */
import type { AppDB } from '@/lib/db/app-db';
import { accountById } from '@/lib/db/queries/accounts';
import { meetingById } from '@/lib/db/queries/meetings';
import { taskById } from '@/lib/db/queries/open-tasks';
import { contactsByIds } from '@/lib/db/queries/people';
import { checklistTemplates } from '@/lib/db/queries/templates';
import { getSettings } from '@/lib/db/repos/settings';
import type { Meeting } from '@/lib/schema';
import {
  alarmNameFor,
  dueReminders,
  missedReminders,
  parseAlarmName,
  type Reminder,
  type ReminderContext,
} from '@/lib/meetings/reminders';
import { type ShownNotification, showNotification } from '@/lib/background/notifier';
import { bookedAfterReminder } from '@/lib/meetings/alarm-plan';
import {
  parseTaskAlarmName,
  taskAlarmName,
  taskReminderDue,
  taskReminderId,
  type TaskWithReminder,
} from '@/lib/meetings/task-reminders';
import { loadPlanInput } from '@/lib/meetings/plan-input';
import { replanAlarms } from './alarms';
import { loadReminderState, type ReminderState, saveReminderState } from './state';
import { meetingReminderText, taskReminderText } from '@/lib/meetings/reminder-text';

const LATE_MIN = 1;
const LATE_MS = LATE_MIN * 60_000;

let chain: Promise<unknown> = Promise.resolve();
/** One at a time: an alarm and the start-up catch-up may race for the same reminder. */
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = chain.then(fn, fn);
  chain = run.catch(() => undefined);
  return run;
}

async function reminderContext(db: AppDB): Promise<ReminderContext> {
  const [templates, settings] = await Promise.all([checklistTemplates(db), getSettings(db)]);
  return { templates, settings };
}

async function fireMeeting(db: AppDB, r: Reminder, meeting: Meeting, ctx: ReminderContext, now: Date, state: ReminderState) {
  const [account, attendees] = await Promise.all([accountById(db, meeting.accountId), contactsByIds(db, meeting.contactIds)]);
  state.fired.push(r.id);
  const text = meetingReminderText(meeting, account, attendees, ctx.templates ?? [], now, r.late);
  return showNotification(alarmNameFor(meeting.id), text, r.late);
}

async function fireTask(db: AppDB, task: TaskWithReminder, now: Date, state: ReminderState) {
  const late = now.getTime() - Date.parse(task.remindAt) > LATE_MS;
  state.fired.push(taskReminderId(task.id, task.remindAt));
  return showNotification(taskAlarmName(task.id), taskReminderText(task, await accountById(db, task.accountId), late), late);
}

/**
 * The browser's alarm for one meeting or follow-up. An alarm that finds nothing due (the meeting
 * moved meanwhile) re-plans instead, so the next alarm is right.
 */
export function handleReminderAlarm(db: AppDB, name: string, now = new Date()): Promise<ShownNotification[]> {
  return serial(async () => {
    const meetingId = parseAlarmName(name);
    const taskId = parseTaskAlarmName(name);
    if (!meetingId && !taskId) return [];
    const state = await loadReminderState();
    const fired = new Set(state.fired);
    const shown: ShownNotification[] = [];
    if (meetingId) {
      const meeting = await meetingById(db, meetingId);
      const ctx = await reminderContext(db);
      if (meeting) {
        for (const r of dueReminders(now, [meeting], fired, { ...ctx, lateAfterMin: LATE_MIN })) {
          shown.push(await fireMeeting(db, r, meeting, ctx, now, state));
        }
      }
    } else if (taskId) {
      const task = await taskById(db, taskId);
      if (taskReminderDue(task, fired, Number.NEGATIVE_INFINITY, now)) shown.push(await fireTask(db, task, now, state));
    }
    state.lastSeen = now.toISOString();
    await saveReminderState(state);
    if (!shown.length) await replanAlarms(db, now);
    return shown;
  });
}

/**
 * At start: reminders whose time came while the browser was closed (after `lastSeen`), each once.
 * A meeting already over is skipped (lib/meetings/reminders.ts); a follow-up is not — it still waits.
 */
export function catchUpMissed(db: AppDB, now = new Date()): Promise<ShownNotification[]> {
  return serial(async () => {
    const state = await loadReminderState();
    const shown: ShownNotification[] = [];
    if (state.lastSeen) {
      const lastSeen = new Date(state.lastSeen);
      const fired = new Set(state.fired);
      const input = await loadPlanInput(db, lastSeen < now ? lastSeen : now);
      const ctx = { templates: input.templates, settings: input.settings };
      const byId = new Map(input.meetings.map((m) => [m.id, m]));
      // Every missed reminder comes from one of input.meetings, so each finds its meeting.
      const missed = missedReminders(lastSeen, now, input.meetings, fired, ctx).flatMap((r) => {
        const meeting = byId.get(r.meetingId);
        if (!meeting || bookedAfterReminder(meeting, r.remindAt)) return [];
        return [{ meeting, reminder: { ...r, late: now.getTime() - Date.parse(r.remindAt) > LATE_MS } }];
      });
      for (const { meeting, reminder } of missed) shown.push(await fireMeeting(db, reminder, meeting, ctx, now, state));
      for (const task of input.tasks) {
        if (taskReminderDue(task, fired, lastSeen.getTime(), now)) shown.push(await fireTask(db, task, now, state));
      }
    }
    state.lastSeen = now.toISOString();
    await saveReminderState(state);
    return shown;
  });
}
