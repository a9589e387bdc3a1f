import { tPlural } from '@/lib/i18n/plural';
import type { ActivityCounts } from '@/lib/io/report/monthly-report';

/** The month in sentences a manager can read aloud: «3 встречи проведено», "1 follow-up overdue". */
export function CountsSummary({ counts, accounts }: { counts: ActivityCounts; accounts?: number }) {
  return (
    <ul className="report-summary" data-testid="report-summary">
      {accounts !== undefined && <li data-testid="report-summary-accounts">{tPlural('reportAccountsActive', accounts)}</li>}
      <li data-testid="report-summary-contacts">{tPlural('reportContacts', counts.contacts)}</li>
      <li data-testid="report-summary-meetings">{tPlural('reportMeetingsHeld', counts.meetingsHeld)}</li>
      <li>{tPlural('reportCalls', counts.calls)}</li>
      <li>{tPlural('reportProposals', counts.proposals)}</li>
      <li>{tPlural('reportOrders', counts.orders)}</li>
      <li>{tPlural('reportComplaintsOpened', counts.complaintsOpened)}</li>
      <li className={counts.complaintsOpen ? 'warn' : undefined}>{tPlural('reportComplaintsOpen', counts.complaintsOpen)}</li>
      <li data-testid="report-summary-cases-opened">{tPlural('reportCasesOpened', counts.casesOpened)}</li>
      <li data-testid="report-summary-cases-resolved">{tPlural('reportCasesResolved', counts.casesResolved)}</li>
      <li data-testid="report-summary-done">{tPlural('reportFollowUpsDone', counts.followUpsDone)}</li>
      <li data-testid="report-summary-overdue" className={counts.followUpsOverdue ? 'warn' : undefined}>
        {tPlural('reportFollowUpsOverdue', counts.followUpsOverdue)}
      </li>
      <li>{tPlural('reportMeetingsScheduled', counts.meetingsScheduled)}</li>
    </ul>
  );
}
