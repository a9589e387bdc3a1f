/**
 * Money owed, per currency (docs/domain.md §2, payment discipline). An invoice is outstanding
 * while unpaid and overdue once its due day has passed; orders are commitments, not debts, so
 * they count in neither. Amounts are added in thousandths of a unit, so 0.1 + 0.2 stays 0.3.
 */
import type { Invoice } from '@/lib/schema/invoice';
import type { CurrencyTotal } from '@/lib/schema/money-summary';

type Owed = Pick<Invoice, 'kind' | 'paid' | 'dueOn'>;

export const isOutstanding = (i: Owed): boolean => i.kind === 'invoice' && !i.paid;

/** `today` is the user's local day, 'YYYY-MM-DD'. */
export const isOverdue = (i: Owed, today: string): boolean => isOutstanding(i) && i.dueOn !== null && i.dueOn < today;

const MILLI = 1000;

/**
 * One entry per currency with anything outstanding, the most overdue first (then by code): a
 * manager reads the top line. Empty when nothing is owed.
 */
export function moneyTotals(
  invoices: readonly Pick<Invoice, 'kind' | 'paid' | 'dueOn' | 'amount' | 'currency'>[],
  today: string,
): CurrencyTotal[] {
  const by = new Map<string, { out: number; outN: number; over: number; overN: number; oldest: string | null }>();
  for (const i of invoices) {
    if (!isOutstanding(i)) continue;
    const t = by.get(i.currency) ?? { out: 0, outN: 0, over: 0, overN: 0, oldest: null };
    const milli = Math.round(i.amount * MILLI);
    t.out += milli;
    t.outN++;
    if (isOverdue(i, today)) {
      t.over += milli;
      t.overN++;
      if (i.dueOn && (t.oldest === null || i.dueOn < t.oldest)) t.oldest = i.dueOn;
    }
    by.set(i.currency, t);
  }
  return [...by.entries()]
    .map(([currency, t]) => ({
      currency,
      outstanding: t.out / MILLI,
      outstandingCount: t.outN,
      overdue: t.over / MILLI,
      overdueCount: t.overN,
      oldestDue: t.oldest,
    }))
    .sort((a, b) => b.overdueCount - a.overdueCount || (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}
