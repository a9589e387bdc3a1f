import type { AppDB } from '@/lib/db/app-db';
import { unresolvedCasesOf } from '@/lib/db/queries/complaint-cases';
import type { ComplaintCase } from '@/lib/schema';
import type { OpenCase } from '@/lib/schema/open-case';
import { daysBetween, localDay } from '@/lib/time/local-time';

/** A case as the panel shows it: its age is counted here, in local days, where the clock is. */
export function openCaseOf(c: ComplaintCase, now: Date): OpenCase | null {
  if (c.status === 'resolved') return null;
  return {
    id: c.id,
    title: c.title,
    status: c.status,
    department: c.department,
    openedAt: c.openedAt,
    daysOpen: Math.max(0, daysBetween(localDay(c.openedAt), localDay(now))),
    interactionIds: c.interactionIds,
  };
}

/** The briefing's cases: all unresolved ones (for the meeting prompts) and their panel summaries. */
export async function casesForBriefing(
  db: AppDB,
  accountId: string,
  now: Date,
): Promise<{ all: ComplaintCase[]; open: OpenCase[] }> {
  const all = await unresolvedCasesOf(db, accountId);
  return { all, open: all.map((c) => openCaseOf(c, now)).filter((c): c is OpenCase => c !== null) };
}
