import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/app-db';
import { accountsByName } from '@/lib/db/queries/accounts';
import { formatNumber } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import { isMonth } from '@/lib/io/report/month';
import { hasActivity, type ActivityCounts } from '@/lib/io/report/monthly-report';
import { formatMonth } from './format-month';
import { planStatusText } from './plan-status-text';
import { AccountReport } from './AccountReport';
import { CountsSummary } from './CountsSummary';
import { COLUMNS } from './columns';
import { reportHash, useReportQuery } from './report-query';
import { useMonthlyReport } from './use-monthly-report';
import './report.css';

/**
 * The monthly activity report (docs/domain.md §7), for the whole portfolio or one account, as
 * a page made for printing: the controls hide in print and the table keeps its header on
 * every sheet (report.css).
 */
export function ReportPage() {
  const query = useReportQuery();
  const report = useMonthlyReport(query);
  const accounts = useLiveQuery(() => accountsByName(getDb()), []);
  const go = (next: Partial<typeof query>) => {
    location.hash = reportHash({ ...query, ...next });
  };
  const single = query.accountId !== undefined ? report?.accounts[0] : undefined;
  const rows = report?.accounts.filter((a) => hasActivity(a.counts)) ?? [];
  return (
    <section className="report" data-testid="report-page">
      <header className="page-head">
        <h1>
          {t('reportTitle')} — {formatMonth(query.month)}
        </h1>
        <span className="spacer" />
        <div className="report-controls no-print">
          <label>
            {t('reportMonth')}{' '}
            <input
              type="month"
              value={query.month}
              data-testid="report-month"
              onChange={(e) => isMonth(e.target.value) && go({ month: e.target.value })}
            />
          </label>
          <label>
            {t('reportScope')}{' '}
            <select
              value={query.accountId ?? ''}
              data-testid="report-account"
              onChange={(e) => go({ accountId: e.target.value || undefined })}
            >
              <option value="">{t('reportWholePortfolio')}</option>
              {accounts?.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <button onClick={() => window.print()} data-testid="report-print">
            {t('actionPrint')}
          </button>
        </div>
      </header>
      {!report ? (
        <p className="muted">{t('loading')}</p>
      ) : query.accountId !== undefined ? (
        single ? (
          <AccountReport activity={single} />
        ) : (
          <p className="empty">{t('reportAccountMissing')}</p>
        )
      ) : (
        <>
          <CountsSummary counts={report.totals} accounts={rows.length} />
          {rows.length === 0 ? (
            <p className="empty" data-testid="report-empty">
              {t('reportNothing')}
            </p>
          ) : (
            <table className="report-table">
              <thead>
                <tr>
                  <th scope="col">{t('reportColAccount')}</th>
                  {COLUMNS.map(([key, label]) => (
                    <th key={key} scope="col" className="num">
                      {t(label)}
                    </th>
                  ))}
                  <th scope="col">{t('reportColPlan')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ account, counts }) => (
                  <tr key={account.id} data-testid="report-row" data-account-id={account.id}>
                    <th scope="row">
                      <a href={reportHash({ month: query.month, accountId: account.id })}>{account.name}</a>
                    </th>
                    {COLUMNS.map(([key]) => (
                      <Cell key={key} counts={counts} k={key} />
                    ))}
                    <td data-testid="report-cell-plan">{account.plan ? planStatusText(account.plan.status) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

function Cell({ counts, k }: { counts: ActivityCounts; k: keyof ActivityCounts }) {
  const n = counts[k];
  return (
    <td className={`num${n === 0 ? ' zero' : ''}`} data-testid={`report-cell-${k}`}>
      {formatNumber(n)}
    </td>
  );
}
