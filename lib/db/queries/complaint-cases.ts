import type { AppDB } from '@/lib/db/app-db';
import type { ComplaintCase } from '@/lib/schema';

/** An account's complaint cases, newest opened first (the dossier's cases card). */
export async function casesOf(db: AppDB, accountId: string): Promise<ComplaintCase[]> {
  const list = await db.complaintCases.where('accountId').equals(accountId).toArray();
  return list.sort((a, b) => b.openedAt.localeCompare(a.openedAt));
}

/**
 * Cases not yet resolved, oldest first: the longest-waiting client comes first (panel, prompts).
 * A Dexie promise chain, not an async function: the worker's live panel view reads this inside
 * liveQuery (lib/background/panel-hub.ts), and an extra native async layer here lost the query's
 * zone, so the reads after it (the meetings) went unobserved and a scheduled meeting never reached
 * the open panel (test/e2e/calendar.spec.ts).
 */
export function unresolvedCasesOf(db: AppDB, accountId: string): Promise<ComplaintCase[]> {
  return db.complaintCases
    .where('accountId')
    .equals(accountId)
    .toArray()
    .then((list) => list.filter((c) => c.status !== 'resolved').sort((a, b) => a.openedAt.localeCompare(b.openedAt)));
}

const PAD_MS = 36 * 3_600_000;

/**
 * The cases the monthly report counts: opened or resolved within [from, to] (ISO instants),
 * through the openedAt and resolvedAt indexes, with a day's margin either side: stored instants
 * carry any offset and the report cuts by local day (as lib/db/queries/report-records.ts does).
 * One account when `accountId` is given.
 */
export async function casesForReport(
  db: AppDB,
  range: { from: string; to: string },
  accountId?: string,
): Promise<ComplaintCase[]> {
  const from = new Date(Date.parse(range.from) - PAD_MS).toISOString();
  const to = new Date(Date.parse(range.to) + PAD_MS).toISOString();
  return db.transaction('r', db.complaintCases, async () => {
    const [opened, resolved] = await Promise.all([
      db.complaintCases.where('openedAt').between(from, to, true, true).toArray(),
      db.complaintCases.where('resolvedAt').between(from, to, true, true).toArray(),
    ]);
    const byId = new Map([...opened, ...resolved].map((c) => [c.id, c]));
    return [...byId.values()].filter((c) => accountId === undefined || c.accountId === accountId);
  });
}
