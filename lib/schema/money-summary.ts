import { z } from 'zod';
import { IsoDay } from './common';

/**
 * One currency's money owed by an account: open invoices and the overdue part of them. Amounts
 * of different currencies are never added up, so a summary is a list, one entry per currency.
 */
export const CurrencyTotal = z.object({
  currency: z.string(),
  outstanding: z.number(),
  outstandingCount: z.number().int(),
  overdue: z.number(),
  overdueCount: z.number().int(),
  /** The earliest due day among the overdue ones, null when none is overdue. */
  oldestDue: IsoDay.nullable(),
});
export type CurrencyTotal = z.infer<typeof CurrencyTotal>;

/** What the panel shows of an account's money (lib/panel-data/money-summary.ts). */
export const MoneySummary = z.object({ totals: z.array(CurrencyTotal) });
export type MoneySummary = z.infer<typeof MoneySummary>;
