import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/app-db';
import { allAccounts } from '@/lib/db/queries/accounts';
import { meetingsBetween } from '@/lib/db/queries/meetings';
import { openTasks } from '@/lib/db/queries/open-tasks';
import { checklistTemplates } from '@/lib/db/queries/templates';
import { timeline } from '@/lib/db/queries/timeline';
import type { Account, ChecklistTemplate, Task } from '@/lib/schema';
import { DAY_MS, runtimeTimeZone } from '@/lib/time/local-time';
import { type WeekPlan, weekPlan } from '@/lib/tasks/week';
import { uiLocale } from '@/lib/time/ui-locale';

export interface WeekData {
  plan: WeekPlan;
  tasks: Map<string, Task>;
  templates: ChecklistTemplate[];
  accounts: Account[];
  /** Open follow-ups whose account was deleted: kept until the user reassigns or deletes them. */
  orphans: Task[];
}

/**
 * The week's meetings, open follow-ups and cadence nudges, live. Last contact is read per
 * account with a cadence only (one indexed lookup each), not by loading all history.
 */
export function useWeekData(): WeekData | undefined {
  const db = getDb();
  return useLiveQuery(async () => {
    const now = new Date();
    const [meetings, open, accounts, templates] = await Promise.all([
      // Instants may carry any offset, so the index range is padded; weekPlan cuts exactly.
      meetingsBetween(db, new Date(now.getTime() - 8 * DAY_MS).toISOString(), new Date(now.getTime() + 9 * DAY_MS).toISOString()),
      openTasks(db),
      allAccounts(db),
      checklistTemplates(db),
    ]);
    const nowIso = now.toISOString();
    const lastContact = new Map<string, string>();
    await Promise.all(
      accounts
        .filter((a) => a.cadenceDays)
        .map(async (a) => {
          const [last] = await timeline(db, a.id, { until: nowIso, limit: 1 });
          if (last) lastContact.set(a.id, last.at);
        }),
    );
    const known = new Set(accounts.map((a) => a.id));
    return {
      plan: weekPlan(now, meetings, open, accounts, lastContact, runtimeTimeZone(), { locale: uiLocale() }),
      tasks: new Map(open.map((t) => [t.id, t])),
      templates,
      accounts: accounts.sort((a, b) => a.name.localeCompare(b.name)),
      orphans: open.filter((t) => !known.has(t.accountId)),
    };
  }, []);
}
