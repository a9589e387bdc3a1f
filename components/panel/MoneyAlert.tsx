import { tPlural } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import { formatMoney } from '@/lib/money/format-money';
import type { MoneySummary } from '@/lib/schema/money-summary';
import './money-alert.css';

/**
 * The account's money in two lines at most: overdue invoices per currency ("2 invoices overdue ·
 * EUR 14,300"), then what is unpaid in all when that says more. Currencies are listed apart.
 */
export function MoneyAlert({ money }: { money: MoneySummary }) {
  const overdue = money.totals.filter((x) => x.overdueCount > 0);
  const moreThanOverdue = money.totals.some((x) => x.outstanding !== x.overdue);
  return (
    <section className="money-alert" aria-label={t('panelMoneyTitle')} data-testid="money-alert">
      {overdue.length > 0 && (
        <ul className="money-overdue">
          {overdue.map((x) => (
            <li key={x.currency} data-testid="money-overdue" data-currency={x.currency}>
              {tPlural('panelMoneyOverdue', x.overdueCount, formatMoney(x.overdue, x.currency))}
            </li>
          ))}
        </ul>
      )}
      {moreThanOverdue && (
        <p className="money-outstanding" data-testid="money-outstanding">
          {t('panelMoneyOutstanding', money.totals.map((x) => formatMoney(x.outstanding, x.currency)).join(' · '))}
        </p>
      )}
    </section>
  );
}
