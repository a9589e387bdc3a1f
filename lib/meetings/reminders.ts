/**
 * Meeting reminders: when to show the preparation checklist. Pure, so the background script
 * only schedules alarms and keeps the set of fired ids. Times are instants (UTC ISO), so a
 * reminder "30 minutes before" is right across DST changes without any zone arithmetic.
 */
import { templateFor } from '@/lib/checklists/checklist';
import type { ChecklistTemplate } from '@/lib/schema/checklist-template';
import type { Meeting } from '@/lib/schema/meeting';

export const DEFAULT_REMIND_BEFORE_MIN = 30;
const MIN_MS = 60_000;

export interface ReminderSettings {
  defaultRemindBeforeMin?: number;
}

export interface ReminderContext {
  templates?: readonly ChecklistTemplate[];
  settings?: ReminderSettings;
}

export interface Reminder {
  /** Meeting id + reminder instant: moving the meeting gives a new reminder, which fires again. */
  id: string;
  meetingId: string;
  remindAt: string;
  meetingAt: string;
  /** Shown after its time (browser closed, machine asleep): the UI says so. */
  late: boolean;
}

/** Minutes before: the meeting's own setting, else its template's, else the user's default. */
export function remindBeforeFor(
  meeting: Pick<Meeting, 'remindBeforeMin'>,
  template?: Pick<ChecklistTemplate, 'remindBeforeMin'> | null,
  settings?: ReminderSettings | null,
): number {
  return meeting.remindBeforeMin ?? template?.remindBeforeMin ?? settings?.defaultRemindBeforeMin ?? DEFAULT_REMIND_BEFORE_MIN;
}

/** The instant to remind: meeting start minus the lead time. */
export function reminderTimeFor(
  meeting: Pick<Meeting, 'at' | 'remindBeforeMin'>,
  template?: Pick<ChecklistTemplate, 'remindBeforeMin'> | null,
  settings?: ReminderSettings | null,
): Date {
  return new Date(Date.parse(meeting.at) - remindBeforeFor(meeting, template, settings) * MIN_MS);
}

export function reminderId(meetingId: string, remindAt: Date | string): string {
  return `${meetingId}@${new Date(remindAt).toISOString()}`;
}

/** Every meeting's reminder, with its template looked up the same way the checklist does. */
export function remindersFor(meetings: readonly Meeting[], ctx: ReminderContext = {}): Omit<Reminder, 'late'>[] {
  return meetings
    .filter((m) => !Number.isNaN(Date.parse(m.at)))
    .map((m) => {
      const at = reminderTimeFor(m, templateFor(m, ctx.templates ?? []), ctx.settings);
      return { id: reminderId(m.id, at), meetingId: m.id, remindAt: at.toISOString(), meetingAt: new Date(m.at).toISOString() };
    });
}

/**
 * Reminders to show now: their time has come and the meeting is not over (a 0-minute lead
 * reminds at the start, so "not started" would never hold). One shown more than
 * `lateAfterMin` after its time (a delayed alarm, a machine waking up) is marked late.
 */
export function dueReminders(
  now: Date,
  meetings: readonly Meeting[],
  firedIds: ReadonlySet<string> | readonly string[],
  ctx: ReminderContext & { lateAfterMin?: number } = {},
): Reminder[] {
  const fired = toSet(firedIds);
  const t = now.getTime();
  const lateMs = (ctx.lateAfterMin ?? 5) * MIN_MS;
  const ends = meetingEnds(meetings);
  return remindersFor(meetings, ctx)
    .filter((r) => !fired.has(r.id) && Date.parse(r.remindAt) <= t && t < (ends.get(r.meetingId) ?? 0))
    .map((r) => ({ ...r, late: t - Date.parse(r.remindAt) > lateMs }))
    .sort(byRemindAt);
}

/**
 * Reminders whose time passed while the browser was closed (after `lastSeen`, up to `now`),
 * each once (firedIds), all marked late. A meeting already over is skipped: a reminder to
 * prepare for it would only be noise.
 */
export function missedReminders(
  lastSeen: Date,
  now: Date,
  meetings: readonly Meeting[],
  firedIds: ReadonlySet<string> | readonly string[],
  ctx: ReminderContext = {},
): Reminder[] {
  const fired = toSet(firedIds);
  const from = lastSeen.getTime();
  const t = now.getTime();
  const ends = meetingEnds(meetings);
  return remindersFor(meetings, ctx)
    .filter((r) => {
      const at = Date.parse(r.remindAt);
      return !fired.has(r.id) && at > from && at <= t && (ends.get(r.meetingId) ?? 0) > t;
    })
    .map((r) => ({ ...r, late: true }))
    .sort(byRemindAt);
}

/** Reminders still ahead of `now`: what the background should register as alarms. */
export function upcomingReminders(now: Date, meetings: readonly Meeting[], ctx: ReminderContext = {}): Omit<Reminder, 'late'>[] {
  return remindersFor(meetings, ctx)
    .filter((r) => Date.parse(r.remindAt) > now.getTime())
    .sort(byRemindAt);
}

const ALARM_PREFIX = 'keyside:meeting:';

/** One alarm per meeting: re-creating it on reschedule replaces the old one. */
export function alarmNameFor(meetingId: string): string {
  return ALARM_PREFIX + meetingId;
}

/** The meeting id of one of our alarms, or null for any other alarm. Ids may contain ':'. */
export function parseAlarmName(name: string): string | null {
  if (!name.startsWith(ALARM_PREFIX)) return null;
  const id = name.slice(ALARM_PREFIX.length);
  return id ? id : null;
}

function meetingEnds(meetings: readonly Meeting[]): Map<string, number> {
  return new Map(meetings.map((m) => [m.id, Date.parse(m.at) + m.durationMin * MIN_MS]));
}

function toSet(ids: ReadonlySet<string> | readonly string[]): ReadonlySet<string> {
  return ids instanceof Set ? ids : new Set(ids as readonly string[]);
}

function byRemindAt(a: { remindAt: string }, b: { remindAt: string }): number {
  return Date.parse(a.remindAt) - Date.parse(b.remindAt);
}
