import type { AppDB } from '@/lib/db/app-db';
import type { Account, Interaction, Meeting, Task } from '@/lib/schema';
import { accountsByName } from './accounts';
import { meetingsBetween } from './meetings';
import { timeline } from './timeline';

export interface ReportRecords {
  accounts: Account[];
  interactions: Interaction[];
  tasks: Task[];
  meetings: Meeting[];
}

/** A day's margin around the month: stored instants carry any offset, the report cuts by local day. */
const PAD_MS = 36 * 3_600_000;

/**
 * What the monthly report counts: history and meetings around the month (the `at` and
 * `[accountId+at]` indexes), every follow-up (done in the month or still overdue), and open
 * complaints of any date. One account when `accountId` is given.
 */
export async function reportRecords(db: AppDB, range: { from: string; to: string }, accountId?: string): Promise<ReportRecords> {
  const from = new Date(Date.parse(range.from) - PAD_MS).toISOString();
  const to = new Date(Date.parse(range.to) + PAD_MS).toISOString();
  return db.transaction('r', [db.accounts, db.interactions, db.tasks, db.meetings], async () => {
    if (accountId !== undefined) {
      const account = await db.accounts.get(accountId);
      if (!account) return { accounts: [], interactions: [], tasks: [], meetings: [] };
      const [interactions, tasks, meetings] = await Promise.all([
        timeline(db, accountId),
        db.tasks.where('accountId').equals(accountId).toArray(),
        db.meetings.where('accountId').equals(accountId).toArray(),
      ]);
      return { accounts: [account], interactions, tasks, meetings };
    }
    const [accounts, inRange, complaints, tasks, meetings] = await Promise.all([
      accountsByName(db),
      db.interactions.where('at').between(from, to, true, true).toArray(),
      // Open complaints of any month: no index on kind, and they are few next to the history.
      db.interactions
        .where('at')
        .below(from)
        .filter((i) => i.kind === 'complaint' && i.state === 'open')
        .toArray(),
      db.tasks.toArray(),
      meetingsBetween(db, from, to),
    ]);
    return { accounts, interactions: [...inRange, ...complaints], tasks, meetings };
  });
}
