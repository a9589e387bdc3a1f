import { formatDay } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import type { ContractAlert } from '@/lib/schema/contract-alert';
import { contractAlertText } from './contract-alert-text';

/** Renewals and obligations coming due, overdue first; nothing at all when there are none. */
export function ContractAlerts({ alerts }: { alerts: ContractAlert[] | undefined }) {
  if (!alerts?.length) return null;
  return (
    <section aria-label={t('contractAlertsTitle')} data-testid="contract-alerts">
      <h2>{t('contractAlertsTitle')}</h2>
      <ul className="timeline contract-alerts">
        {alerts.map((a, i) => (
          <li
            key={`${a.contractId}-${a.kind}-${i}`}
            data-testid="contract-alert"
            data-kind={a.kind}
            className={a.overdue ? 'overdue' : ''}
          >
            <span className="alert-text">{contractAlertText(a)}</span>
            <span className="when">
              {' · '}
              {a.contract}
              {a.kind === 'renewal' && a.noticeBy ? ` · ${t('contractAlertNoticeBy', formatDay(a.noticeBy))}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
