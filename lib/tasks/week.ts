/**
 * The KAM's weekly plan (docs/domain.md §5: "a weekly schedule of meetings and calls"): Today, and the
 * days of this week with meetings, calls, follow-ups and cadence nudges. Nudges are
 * suggestions on the day contact falls due, never quotas (docs/domain.md §5).
 */
import type { Account } from '@/lib/schema/account';
import type { Meeting } from '@/lib/schema/meeting';
import type { Task } from '@/lib/schema/task';
import { lastContactOf, type LastContactMap } from './cadence';
import { dueDay, isOpen, isSnoozed } from './due';
import { addDays, daysBetween, type Day, isDayOnly, localDay, startOfWeek, weekdayOf } from '@/lib/time/local-time';

export type PlanItemKind = 'meeting' | 'call' | 'follow-up' | 'contact-due';

export interface PlanItem {
  kind: PlanItemKind;
  day: Day;
  /** UTC ISO instant for timed items; null for all-day follow-ups and nudges. */
  at: string | null;
  /** Meeting, task or account id. */
  refId: string;
  accountId: string;
  accountName: string;
  /** Task title, or the meeting type id for meetings and calls (the UI names it). */
  title: string;
  /** Follow-up due before today. */
  overdue: boolean;
  /** contact-due only: days since last contact (null: never) and the account's cadence. */
  daysSince?: number | null;
  cadenceDays?: number;
}

export interface DayPlan {
  day: Day;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  isToday: boolean;
  items: PlanItem[];
}

export interface WeekPlan {
  tz: string;
  today: Day;
  weekStart: Day;
  weekEnd: Day;
  /** Overdue follow-ups, then today's items: what needs doing now. Snoozed follow-ups left out. */
  todayItems: PlanItem[];
  days: DayPlan[];
}

export interface WeekPlanOptions {
  /** BCP 47 tag deciding the first day of the week; Monday when absent or unknown. */
  locale?: string;
  /** ISO weekday overriding the locale (1 = Monday, 7 = Sunday). */
  weekStartsOn?: number;
}

/** Locales whose week starts on Sunday (CLDR), for engines without Intl.Locale week info. */
const sundayRegions = new Set(['US', 'CA', 'MX', 'BR', 'JP', 'KR', 'IL', 'PH', 'ZA', 'AU', 'IN', 'HK', 'TW']);

/** First day of the week for a locale, as an ISO weekday. */
export function weekStartFor(locale?: string): number {
  if (!locale) return 1;
  try {
    const loc = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = loc.getWeekInfo?.() ?? loc.weekInfo;
    if (info?.firstDay) return info.firstDay;
    const region = loc.maximize().region;
    return region && sundayRegions.has(region) ? 7 : 1;
  } catch {
    return 1;
  }
}

/** Cadence nudges: on the day contact falls due (last contact + cadence), today if already due. */
function contactDueItems(
  accounts: readonly Account[],
  lastContact: LastContactMap,
  meetings: readonly Meeting[],
  today: Day,
  weekEnd: Day,
  tz: string,
): PlanItem[] {
  const out: PlanItem[] = [];
  for (const a of accounts) {
    const cadence = a.cadenceDays;
    if (!cadence) continue;
    const lastAt = lastContactOf(lastContact, a.id);
    const lastDay = lastAt ? localDay(lastAt, tz) : null;
    let day = lastDay ? addDays(lastDay, cadence) : today;
    if (day < today) day = today;
    if (day > weekEnd) continue;
    // A meeting booked for the rest of this week is the contact already planned: no nudge.
    const booked = meetings.some((m) => m.accountId === a.id && localDay(m.at, tz) >= today && localDay(m.at, tz) <= weekEnd);
    if (booked) continue;
    out.push({
      kind: 'contact-due',
      day,
      at: null,
      refId: a.id,
      accountId: a.id,
      accountName: a.name,
      title: '',
      overdue: false,
      daysSince: lastDay ? daysBetween(lastDay, today) : null,
      cadenceDays: cadence,
    });
  }
  return out;
}

/** All-day items first (they frame the day), then by time. */
function byTime(a: PlanItem, b: PlanItem): number {
  if (a.at === b.at) return 0;
  if (a.at === null) return -1;
  if (b.at === null) return 1;
  return Date.parse(a.at) - Date.parse(b.at);
}

export function weekPlan(
  now: Date,
  meetings: readonly Meeting[],
  tasks: readonly Task[],
  accounts: readonly Account[],
  lastContactByAccount: LastContactMap,
  tz: string,
  options: WeekPlanOptions = {},
): WeekPlan {
  const today = localDay(now, tz);
  const weekStart = startOfWeek(today, options.weekStartsOn ?? weekStartFor(options.locale));
  const weekEnd = addDays(weekStart, 6);
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const nameOf = (id: string) => names.get(id) ?? '';

  const meetingItems: PlanItem[] = meetings
    .map((m) => ({
      kind: m.type === 'call' ? ('call' as const) : ('meeting' as const),
      day: localDay(m.at, tz),
      at: m.at,
      refId: m.id,
      accountId: m.accountId,
      accountName: nameOf(m.accountId),
      title: m.type,
      overdue: false,
    }))
    .filter((i) => i.day >= weekStart && i.day <= weekEnd);

  const openTasks = tasks.filter(isOpen);
  const taskItem = (t: Task, day: Day): PlanItem => ({
    kind: 'follow-up',
    day,
    at: t.due && !isDayOnly(t.due) ? new Date(t.due).toISOString() : null,
    refId: t.id,
    accountId: t.accountId,
    accountName: nameOf(t.accountId),
    title: t.title,
    overdue: day < today,
  });
  const taskItems: PlanItem[] = [];
  const overdue: PlanItem[] = [];
  for (const t of openTasks) {
    const day = dueDay(t, tz);
    if (!day) continue;
    const item = taskItem(t, day);
    if (day >= weekStart && day <= weekEnd) taskItems.push(item);
    if (day < today && !isSnoozed(t, now)) overdue.push(item);
  }
  overdue.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : byTime(a, b)));

  const nudges = contactDueItems(accounts, lastContactByAccount, meetings, today, weekEnd, tz);
  const all = [...meetingItems, ...taskItems, ...nudges];

  const days: DayPlan[] = [];
  for (let i = 0; i < 7; i++) {
    const day = addDays(weekStart, i);
    days.push({ day, weekday: weekdayOf(day), isToday: day === today, items: all.filter((x) => x.day === day).sort(byTime) });
  }

  const snoozed = new Set(openTasks.filter((t) => isSnoozed(t, now)).map((t) => t.id));
  const todayOnly = all.filter((x) => x.day === today && !(x.kind === 'follow-up' && snoozed.has(x.refId))).sort(byTime);
  return { tz, today, weekStart, weekEnd, todayItems: [...overdue, ...todayOnly], days };
}
