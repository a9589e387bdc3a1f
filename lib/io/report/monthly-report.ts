/**
 * The monthly activity report (docs/domain.md §7) from data already captured, so it needs no
 * typing: contacts made, meetings and calls held, proposals, orders, complaints, complaint cases
 * opened and resolved, follow-ups done and overdue, and the account plan's status. Pure: the dashboard reads the records
 * (lib/db/queries/report-records.ts) and this counts them, by local day in the user's zone.
 */
import type { Account, ComplaintCase, Interaction, InteractionKind, Meeting, Task } from '@/lib/schema';
import { dayOf, localDay, runtimeTimeZone } from '@/lib/time/local-time';
import { monthDays, type Month } from './month';

/** Kinds that are a contact with the client; notes and web clips are the manager's own work. */
const CONTACT_KINDS = new Set<InteractionKind>(['email', 'call', 'meeting', 'visit', 'event']);

export interface ActivityCounts {
  contacts: number;
  meetingsHeld: number;
  calls: number;
  proposals: number;
  orders: number;
  complaintsOpened: number;
  /** Complaints opened by the month's end and still open today. */
  complaintsOpen: number;
  followUpsDone: number;
  /** Open follow-ups due by the month's end that are past due today. */
  followUpsOverdue: number;
  /** Meetings on the calendar in the month (held or still ahead). */
  meetingsScheduled: number;
  /** Complaint cases opened in the month (ComplaintCase.openedAt). */
  casesOpened: number;
  /** Complaint cases resolved in the month and still resolved (ComplaintCase.resolvedAt). */
  casesResolved: number;
}

export interface AccountActivity {
  account: Account;
  counts: ActivityCounts;
  /** The account's history in the month, oldest first. */
  entries: Interaction[];
}

export interface MonthlyReport {
  month: Month;
  accounts: AccountActivity[];
  totals: ActivityCounts;
}

export interface ReportInput {
  accounts: readonly Account[];
  interactions: readonly Interaction[];
  tasks: readonly Task[];
  meetings: readonly Meeting[];
  /** Complaint cases opened or resolved around the month (lib/db/queries/complaint-cases.ts). */
  cases?: readonly ComplaintCase[];
  now: Date;
  tz?: string;
}

const zero = (): ActivityCounts => ({
  contacts: 0,
  meetingsHeld: 0,
  calls: 0,
  proposals: 0,
  orders: 0,
  complaintsOpened: 0,
  complaintsOpen: 0,
  followUpsDone: 0,
  followUpsOverdue: 0,
  meetingsScheduled: 0,
  casesOpened: 0,
  casesResolved: 0,
});

export function monthlyReport(month: Month, input: ReportInput): MonthlyReport {
  const tz = input.tz ?? runtimeTimeZone();
  const { first, last } = monthDays(month);
  const today = localDay(input.now, tz);
  const inMonth = (value: string | null | undefined) => {
    if (!value) return false;
    const d = dayOf(value, tz);
    return d >= first && d <= last;
  };
  const rows = new Map(input.accounts.map((a) => [a.id, { account: a, counts: zero(), entries: [] as Interaction[] }]));

  for (const i of input.interactions) {
    const row = rows.get(i.accountId);
    if (!row) continue;
    if (i.kind === 'complaint' && i.state === 'open' && dayOf(i.at, tz) <= last) row.counts.complaintsOpen++;
    if (!inMonth(i.at)) continue;
    row.entries.push(i);
    const c = row.counts;
    if (CONTACT_KINDS.has(i.kind)) c.contacts++;
    if (i.kind === 'meeting' || i.kind === 'visit') c.meetingsHeld++;
    if (i.kind === 'call') c.calls++;
    if (i.kind === 'proposal') c.proposals++;
    if (i.kind === 'order') c.orders++;
    if (i.kind === 'complaint') c.complaintsOpened++;
  }
  for (const t of input.tasks) {
    const row = rows.get(t.accountId);
    if (!row) continue;
    if (t.status === 'done' && inMonth(t.doneAt)) row.counts.followUpsDone++;
    const due = t.due ? dayOf(t.due, tz) : null;
    if (t.status === 'open' && due !== null && due <= last && due < today) row.counts.followUpsOverdue++;
  }
  for (const m of input.meetings) {
    const row = rows.get(m.accountId);
    if (row && inMonth(m.at)) row.counts.meetingsScheduled++;
  }
  for (const c of input.cases ?? []) {
    const row = rows.get(c.accountId);
    if (!row) continue;
    if (inMonth(c.openedAt)) row.counts.casesOpened++;
    if (c.status === 'resolved' && inMonth(c.resolvedAt)) row.counts.casesResolved++;
  }

  const accounts = [...rows.values()];
  for (const a of accounts) a.entries.sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
  const totals = zero();
  for (const { counts } of accounts) for (const k of Object.keys(totals) as (keyof ActivityCounts)[]) totals[k] += counts[k];
  return { month, accounts, totals };
}

/** Whether a row has anything to show: the portfolio lists active accounts first. */
export function hasActivity(c: ActivityCounts): boolean {
  return Object.values(c).some((n) => n > 0);
}
