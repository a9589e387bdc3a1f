/**
 * Calendar export (.ics) of meetings and open follow-ups, so the KAM's week shows in the
 * calendar they already use. Built with ical-generator: escaping, line folding and date
 * formats are easy to get subtly wrong by hand. UIDs derive from our ids, so re-importing an
 * updated export updates events instead of duplicating them. Ids and names are any strings, so
 * every value passes through lib/io/ics-safe-text.ts first (what ical-generator leaves unsafe is
 * listed there).
 */
import ical, { ICalAlarmType, ICalEventTransparency } from 'ical-generator';
import { checklistFor, meetingTypeName, templateFor } from '@/lib/checklists/checklist';
import { type ChecklistLocale, defaultTemplates } from '@/lib/checklists/default-templates';
import type { Account } from '@/lib/schema/account';
import type { ChecklistTemplate } from '@/lib/schema/checklist-template';
import type { Contact } from '@/lib/schema/contact';
import type { Meeting } from '@/lib/schema/meeting';
import type { Task } from '@/lib/schema/task';
import { dueDay } from '@/lib/tasks/due';
import { addDays, runtimeTimeZone } from '@/lib/time/local-time';
import { remindBeforeFor } from '@/lib/meetings/reminders';
import { fnv1a64Hex, multiLine, oneLine, quotedParam, uriValue } from './ics-safe-text';

export interface IcsExportInput {
  meetings: readonly Meeting[];
  tasks: readonly Task[];
  accounts: readonly Account[];
  contacts: readonly Contact[];
  /** The user's templates; the built-ins in `locale` when absent. */
  templates?: readonly ChecklistTemplate[];
  locale?: ChecklistLocale;
  /** Zone that decides the day of a follow-up due at a date-time. */
  tz?: string;
  /** DTSTAMP; fixed in tests so output is reproducible. */
  now?: Date;
  /** Default reminder lead time from settings, for the VALARM. */
  defaultRemindBeforeMin?: number;
}

const checklistHeading: Record<ChecklistLocale, string> = {
  en: 'Checklist',
  ru: 'Чек-лист',
  fi: 'Tarkistuslista',
  ka: 'საკონტროლო სია',
};

/** UIDs hash the id: ical-generator writes UID unescaped, and an id may hold a line break. */
export const meetingUid = (id: string) => `meeting-${fnv1a64Hex(id)}@keyside`;
export const taskUid = (id: string) => `task-${fnv1a64Hex(id)}@keyside`;

export function exportIcs(input: IcsExportInput): string {
  const locale = input.locale ?? 'en';
  const templates = input.templates ?? defaultTemplates(locale);
  const tz = input.tz ?? runtimeTimeZone();
  const stamp = input.now ?? new Date();
  const accountName = new Map(input.accounts.map((a) => [a.id, a.name]));
  const contacts = new Map(input.contacts.map((c) => [c.id, c]));
  const withAccount = (title: string, accountId: string) => {
    const name = accountName.get(accountId);
    return oneLine(name ? `${title} — ${name}` : title);
  };

  const cal = ical({ prodId: { company: 'Keyside', product: 'Keyside', language: 'EN' }, name: 'Keyside' });

  for (const m of input.meetings) {
    const start = new Date(m.at);
    if (Number.isNaN(start.getTime())) continue;
    const items = checklistFor(m, templates);
    const description = items.length
      ? [`${checklistHeading[locale]}:`, ...items.map((i) => `${i.checked ? '☑' : '☐'} ${i.text}`)].join('\n')
      : null;
    const place = m.place.trim();
    const isLink = /^https?:\/\//i.test(place);
    const attendees = m.contactIds.flatMap((id) => {
      const c = contacts.get(id);
      const email = c?.emails[0];
      return c && email !== undefined ? [{ email: oneLine(email), name: quotedParam(c.name) || null }] : [];
    });
    const remindMin = remindBeforeFor(m, templateFor(m, templates), { defaultRemindBeforeMin: input.defaultRemindBeforeMin });
    cal.createEvent({
      id: meetingUid(m.id),
      stamp,
      start,
      end: new Date(start.getTime() + m.durationMin * 60_000),
      summary: withAccount(meetingTypeName(m.type, locale, templates), m.accountId),
      description: description === null ? null : multiLine(description),
      location: oneLine(place) || null,
      url: isLink ? uriValue(place) : null,
      attendees,
      alarms: remindMin > 0 ? [{ type: ICalAlarmType.display, triggerBefore: remindMin * 60 }] : [],
    });
  }

  for (const t of input.tasks) {
    if (t.status !== 'open') continue;
    const day = dueDay(t, tz);
    if (!day) continue;
    // A follow-up is a day's to-do, not a booked slot: all-day and transparent (not "busy").
    // ical-generator writes no VTODO, and calendars show all-day events far more reliably.
    cal.createEvent({
      id: taskUid(t.id),
      stamp,
      allDay: true,
      start: day,
      end: addDays(day, 1),
      summary: withAccount(t.title, t.accountId),
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }

  return cal.toString();
}
