/**
 * The panel's line about money (issue 17, item 2): per currency, how many invoices are overdue
 * and for how much, and what is outstanding. Computed in the worker from the account's invoices;
 * absent when the account owes nothing, so the panel shows no money section at all.
 */
import { moneyTotals } from '@/lib/money/overdue';
import type { Invoice } from '@/lib/schema';
import type { MoneySummary } from '@/lib/schema/money-summary';
import { localDay, runtimeTimeZone } from '@/lib/time/local-time';

export function moneySummary(invoices: readonly Invoice[], now: Date, tz: string = runtimeTimeZone()): MoneySummary | undefined {
  const totals = moneyTotals(invoices, localDay(now, tz));
  return totals.length > 0 ? { totals } : undefined;
}
