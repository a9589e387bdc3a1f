import type { AppDB } from '@/lib/db/app-db';
import type { PlanFigure } from '@/lib/schema';
import { comparePeriods } from '@/lib/plan/period';

/** An account's plan figures in period order (the `accountId` index). */
export async function planFiguresOf(db: AppDB, accountId: string): Promise<PlanFigure[]> {
  const list = await db.planFigures.where('accountId').equals(accountId).toArray();
  return list.sort((a, b) => comparePeriods(a.period, b.period) || a.measure.localeCompare(b.measure));
}

/**
 * Every plan figure, in one read: a few per account and period, so the whole table is small
 * next to the accounts; the portfolio groups it by account instead of asking per account.
 */
export function allPlanFigures(db: AppDB): Promise<PlanFigure[]> {
  return db.planFigures.toArray();
}
