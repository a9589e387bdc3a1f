/**
 * The "overdue invoices" preparation prompt (docs/domain.md §5: the checklists must pull overdue
 * payments): one prompt per currency with overdue invoices, for every meeting type, so a manager
 * never opens a meeting without knowing the client owes money. Amounts stay apart per currency.
 */
import { moneyTotals } from '@/lib/money/overdue';
import type { Account } from '@/lib/schema/account';
import type { Invoice } from '@/lib/schema/invoice';
import type { Prompt } from './prompts';

export function moneyPrompts(account: Account, invoices: readonly Invoice[], today: string): Prompt[] {
  const own = invoices.filter((i) => i.accountId === account.id);
  return moneyTotals(own, today)
    .filter((t) => t.overdueCount > 0)
    .map((t) => ({
      kind: 'overdue-invoices',
      key: 'prompt.overdueInvoices',
      params: { count: t.overdueCount, amount: t.overdue, currency: t.currency, oldestDue: t.oldestDue },
      refId: account.id,
    }));
}
