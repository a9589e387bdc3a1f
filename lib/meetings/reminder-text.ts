/**
 * The words of a reminder: "Call with Anna Petrova (Acme Logistics) in 30 min — prepare".
 * Built from message keys so each language can order the parts its own way (Russian cannot
 * decline a name after "с", so it says "Звонок: Анна Петрова (Acme Logistics) — через 30 мин").
 */
import { meetingTypeName } from '@/lib/checklists/checklist';
import { uiChecklistLocale } from '@/lib/checklists/ui-checklist-locale';
import { formatTime } from '@/lib/i18n/format';
import { tPlural } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import type { Account, ChecklistTemplate, Contact, Meeting, Task } from '@/lib/schema';

const MIN_MS = 60_000;

/** What a notification says; the worker shows it (lib/background/notifier.ts). */
export interface NotificationText {
  title: string;
  message: string;
}

/** "Anna Petrova (Acme Logistics)", or just the account when nobody is named. */
export function whoText(attendees: readonly Contact[], account: Account | undefined): string {
  const names = attendees.map((c) => c.name).join(', ');
  const accountName = account?.name ?? t('accountGone');
  return names ? t('notifyWho', names, accountName) : accountName;
}

export function meetingReminderText(
  meeting: Meeting,
  account: Account | undefined,
  attendees: readonly Contact[],
  templates: readonly ChecklistTemplate[],
  now: Date,
  late: boolean,
): NotificationText {
  const type = meetingTypeName(meeting.type, uiChecklistLocale(), templates);
  const who = whoText(attendees, account);
  const minutes = Math.round((Date.parse(meeting.at) - now.getTime()) / MIN_MS);
  const message = minutes > 0 ? tPlural('notifyMeetingIn', minutes, type, who) : t('notifyMeetingNow', type, who);
  return {
    title: late ? t('notifyTitleLate') : t('notifyTitle'),
    message: late ? `${message}\n${t('notifyLateNote', formatTime(meeting.at))}` : message,
  };
}

export function taskReminderText(task: Task, account: Account | undefined, late: boolean): NotificationText {
  return {
    title: late ? t('notifyTitleLate') : t('notifyTaskTitle'),
    message: t('notifyTask', task.title, account?.name ?? t('accountGone')),
  };
}
