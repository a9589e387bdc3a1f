import { formatDateTime, formatDay } from '@/lib/i18n/format';
import { t, type MessageKey } from '@/lib/i18n/t';
import { eventText } from '@/components/ui/event-text';
import { planStatusText } from './plan-status-text';
import type { AccountActivity } from '@/lib/io/report/monthly-report';
import { CountsSummary } from './CountsSummary';

/** One account's month: the figures, the account plan's status and the history entries behind them. */
export function AccountReport({ activity }: { activity: AccountActivity }) {
  const { account, counts, entries } = activity;
  const plan = account.plan;
  return (
    <div data-testid="report-account-view">
      <h2 data-testid="report-account-name">
        <a href={`#/account/${encodeURIComponent(account.id)}`}>{account.name}</a>
      </h2>
      <CountsSummary counts={counts} />
      <p data-testid="report-plan">
        <strong>{t('reportPlanStatus')}:</strong> {plan ? planStatusText(plan.status) : t('reportNoPlan')}
        {plan?.reviewAt ? ` · ${t('reportPlanReview', formatDay(plan.reviewAt))}` : ''}
      </p>
      {plan?.targets && (
        <p data-testid="report-plan-targets">
          <strong>{t('reportPlanTargets')}:</strong> {plan.targets}
        </p>
      )}
      <h3>{t('reportEntries')}</h3>
      {entries.length === 0 ? (
        <p className="muted">{t('reportNoEntries')}</p>
      ) : (
        <ul className="timeline" data-testid="report-entries">
          {entries.map((e) => (
            <li key={e.id}>
              <span className="when">{formatDateTime(e.at)}</span>{' '}
              <span className="kind">{t(`kind_${e.kind}` as MessageKey)}</span>{' '}
              {e.kind === 'event' && e.event && <strong className="event">{eventText(e.event)}</strong>} {e.summary}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
