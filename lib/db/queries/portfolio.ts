import type { Table } from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import type { AccountActivity } from '@/lib/db/account-activity';
import type { Account, Meeting, PlanFigure, Task } from '@/lib/schema';
import { latestGap, type LatestGap } from '@/lib/plan/gap';
import { attentionScore, cadenceSlipping } from '@/lib/tasks/attention';
import { lastInteractionByAccount } from '@/lib/tasks/cadence';
import { dueDay } from '@/lib/tasks/due';
import { DAY_MS, localDay, runtimeTimeZone } from '@/lib/time/local-time';
import { type AccountFilter, accountMatches, filteredAccounts } from './account-filter';
import { meetingsBetween } from './meetings';
import { openTasks } from './open-tasks';
import { allPlanFigures } from './plan-figures';

export const portfolioSorts = ['attention', 'name', 'lastContact', 'planGap'] as const;
export type PortfolioSort = (typeof portfolioSorts)[number];

export interface PortfolioRow {
  account: Account;
  /** Newest history entry not in the future (ISO), or null: never contacted. */
  lastContactAt: string | null;
  /** Start of the next meeting not yet over (ISO), or null. */
  nextMeetingAt: string | null;
  openTasks: number;
  overdueTasks: number;
  openComplaints: number;
  cadenceSlipping: boolean;
  /** lib/tasks/attention.ts `attentionScore`: 0 when nothing needs attention. */
  attention: number;
  /** The latest plan figure with an actual and its gap (lib/plan/gap.ts `latestGap`), or null. */
  planGap: LatestGap | null;
}

export interface Portfolio {
  rows: PortfolioRow[];
  /** How many accounts there are (before the filter). */
  total: number;
  /** Every tag in use, sorted, for the tag filter. */
  tags: string[];
}

/** What the portfolio reads; the rows are worked out from it (`portfolioRows`) without reading again. */
export interface PortfolioData {
  /** Accounts of the stage and tag filter, by name. */
  accounts: Account[];
  total: number;
  tags: string[];
  activity: ReadonlyMap<string, AccountActivity>;
  /** Newest entry up to the time of the read, per account. */
  lastContact: ReadonlyMap<string, string>;
  openTasks: Task[];
  /** Meetings from a day before the read on. */
  meetings: Meeting[];
  /** Every plan figure (a small table, read whole). */
  planFigures: PlanFigure[];
}

/**
 * The portfolio's reads. Per table, never per account: the accounts of a stage or tag (through
 * their indexes), the history digest (lib/db/account-activity.ts: last contact and open
 * complaints without reading history), open follow-ups once (the `status` index), and meetings
 * from yesterday on (the `at` index), plan figures whole (a small table). Only an account whose newest entry is dated in the future
 * needs one look into its history (`[accountId+at]`), for the newest entry up to now.
 */
export async function portfolioData(
  db: AppDB,
  filter: Pick<AccountFilter, 'stage' | 'tag'>,
  now: Date = new Date(),
): Promise<PortfolioData> {
  const [{ accounts, total, tags }, digests, open, meetings, planFigures] = await Promise.all([
    filteredAccounts(db, { stage: filter.stage, tag: filter.tag }),
    db.accountActivity.toArray(),
    openTasks(db),
    // Stored instants may carry any offset: pad a day back and cut on parsed times later.
    meetingsBetween(db, new Date(now.getTime() - DAY_MS).toISOString()),
    allPlanFigures(db),
  ]);
  const activity = new Map<string, AccountActivity>(digests.map((d) => [d.accountId, d]));
  const lastContact = await lastContactsUpToNow(db, activity, now);
  return { accounts, total, tags, activity, lastContact, openTasks: open, meetings, planFigures };
}

/**
 * The same reads as portfolioData for a few accounts only, by key and through the `accountId`
 * indexes: the first screen of the list, painted before the whole portfolio (10,000 accounts,
 * a few hundred ms) is read and worked out. `ids` in the order they were last shown; an id
 * whose account is gone is skipped. The total and the tags are the whole table's (the tags
 * `knownTags` when given, until the whole read corrects them).
 */
export async function portfolioDataOf(
  db: AppDB,
  ids: readonly string[],
  now: Date = new Date(),
  knownTags?: readonly string[],
): Promise<PortfolioData> {
  const keys = [...ids];
  const since = now.getTime() - DAY_MS;
  // One read-only transaction, every request issued at once: IndexedDB answers them back to back.
  // Per account one `equals` (a getAll), not `anyOf`: anyOf walks a cursor, a round trip between
  // the page and the browser per step, some hundred before the first screen could paint.
  const tables = [db.accounts, db.accountActivity, db.tasks, db.meetings, db.planFigures, db.interactions];
  return db.transaction('r', tables, async () => {
    const [found, total, tags, digests, tasks, meetings, planFigures] = await Promise.all([
      db.accounts.bulkGet(keys),
      db.accounts.count(),
      // The tags as last shown when the caller knows them: Chromium walks every entry of the
      // `*tags` index for its few distinct keys, longer than all the other reads together.
      knownTags ? [...knownTags] : db.accounts.orderBy('tags').uniqueKeys(),
      db.accountActivity.bulkGet(keys),
      ofAccounts(db.tasks, keys),
      ofAccounts(db.meetings, keys),
      ofAccounts(db.planFigures, keys),
    ]);
    const activity = new Map<string, AccountActivity>(digests.flatMap((d) => (d ? [[d.accountId, d] as const] : [])));
    const lastContact = await lastContactsUpToNow(db, activity, now);
    return {
      accounts: found.filter((a): a is Account => a !== undefined),
      total,
      tags: (tags as string[]).sort(),
      activity,
      lastContact,
      openTasks: tasks.filter((t) => t.status === 'open'),
      // As meetingsBetween pads it: from a day back; the rows cut on parsed times.
      meetings: meetings.filter((m) => Date.parse(m.at) >= since),
      planFigures,
    };
  });
}

/** The rows of a few accounts through a table's `accountId` index, one getAll per account. */
async function ofAccounts<T, I>(table: Table<T, string, I>, ids: readonly string[]): Promise<T[]> {
  return (await Promise.all(ids.map((id) => table.where('accountId').equals(id).toArray()))).flat();
}

/**
 * The rows, text-filtered and sorted, at `now`: a new sort, a keystroke in the filter or the
 * clock moving on needs no new read.
 */
export function portfolioRows(
  data: PortfolioData,
  q: string,
  sort: PortfolioSort,
  now: Date = new Date(),
  tz: string = runtimeTimeZone(),
): Portfolio {
  const tasks = tallyTasks(data.openTasks, now, tz);
  const next = nextMeetings(data.meetings, now);
  const gaps = planGaps(data.planFigures);
  const rows = data.accounts
    .filter((a) => accountMatches(a, q))
    .map((account): PortfolioRow => {
      const last = data.lastContact.get(account.id) ?? null;
      const t = tasks.get(account.id);
      const facts = {
        overdueTasks: t?.overdue ?? 0,
        openComplaints: data.activity.get(account.id)?.openComplaints ?? 0,
        cadenceSlipping: cadenceSlipping(account.cadenceDays, last, now, tz),
        nextMeetingAt: next.get(account.id) ?? null,
      };
      return {
        account,
        lastContactAt: last,
        openTasks: t?.open ?? 0,
        ...facts,
        attention: attentionScore(facts, now),
        planGap: gaps.get(account.id) ?? null,
      };
    });
  return { rows: sortRows(rows, sort), total: data.total, tags: data.tags };
}

/** Reads and works out the rows in one go (tests, and callers with no cache to keep). */
export async function portfolio(
  db: AppDB,
  filter: AccountFilter,
  sort: PortfolioSort,
  now: Date = new Date(),
  tz: string = runtimeTimeZone(),
): Promise<Portfolio> {
  return portfolioRows(await portfolioData(db, filter, now), filter.q ?? '', sort, now, tz);
}

/** Rows come in name order; the sorts are stable, so name breaks every tie. */
export function sortRows(rows: PortfolioRow[], sort: PortfolioSort): PortfolioRow[] {
  if (sort === 'attention')
    return rows.sort(
      (a, b) => b.attention - a.attention || b.overdueTasks - a.overdueTasks || b.openComplaints - a.openComplaints,
    );
  if (sort === 'lastContact') {
    // Longest without contact first; never contacted before everyone.
    const t = (r: PortfolioRow) => (r.lastContactAt === null ? Number.NEGATIVE_INFINITY : Date.parse(r.lastContactAt));
    return rows.sort((a, b) => t(a) - t(b));
  }
  if (sort === 'planGap') {
    // Furthest behind plan first; accounts without a figure to compare come last.
    const g = (r: PortfolioRow) => r.planGap?.gap.percent ?? Number.POSITIVE_INFINITY;
    return rows.sort((a, b) => (g(a) === g(b) ? 0 : g(a) < g(b) ? -1 : 1));
  }
  return rows;
}

/** Per account, its latest figure's gap: one pass over the figures grouped by account. */
function planGaps(figures: readonly PlanFigure[]): Map<string, LatestGap> {
  const byAccount = new Map<string, PlanFigure[]>();
  for (const f of figures) {
    const list = byAccount.get(f.accountId);
    if (list) list.push(f);
    else byAccount.set(f.accountId, [f]);
  }
  const out = new Map<string, LatestGap>();
  for (const [id, list] of byAccount) {
    const g = latestGap(list);
    if (g) out.set(id, g);
  }
  return out;
}

async function lastContactsUpToNow(
  db: AppDB,
  activity: ReadonlyMap<string, AccountActivity>,
  now: Date,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const ahead: string[] = [];
  for (const d of activity.values()) {
    if (Date.parse(d.lastAt) > now.getTime()) ahead.push(d.accountId);
    else out.set(d.accountId, d.lastAt);
  }
  // A planned entry is not a contact yet (lib/tasks/cadence.ts): the newest one up to now.
  await Promise.all(
    ahead.map(async (id) => {
      // Offsets make text order differ from time order by up to a day: pad, then compare instants.
      const upTo = new Date(now.getTime() + DAY_MS).toISOString();
      const history = await db.interactions.where('[accountId+at]').between([id, ''], [id, upTo], true, true).toArray();
      const past = lastInteractionByAccount(history, now).get(id);
      if (past) out.set(id, past);
    }),
  );
  return out;
}

function tallyTasks(open: readonly Task[], now: Date, tz: string): Map<string, { open: number; overdue: number }> {
  const out = new Map<string, { open: number; overdue: number }>();
  // lib/tasks/due.ts `isOverdue` with today worked out once, not once per follow-up.
  const today = localDay(now, tz);
  for (const t of open) {
    const c = out.get(t.accountId) ?? { open: 0, overdue: 0 };
    c.open++;
    const day = dueDay(t, tz);
    if (day !== null && day < today) c.overdue++;
    out.set(t.accountId, c);
  }
  return out;
}

/** Per account, the earliest meeting that has not ended. */
function nextMeetings(meetings: readonly Meeting[], now: Date): Map<string, string> {
  const best = new Map<string, number>();
  const out = new Map<string, string>();
  for (const m of meetings) {
    const start = Date.parse(m.at);
    if (Number.isNaN(start) || start + m.durationMin * 60_000 <= now.getTime()) continue;
    if (start < (best.get(m.accountId) ?? Number.POSITIVE_INFINITY)) {
      best.set(m.accountId, start);
      out.set(m.accountId, m.at);
    }
  }
  return out;
}
