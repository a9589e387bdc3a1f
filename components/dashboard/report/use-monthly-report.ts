import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/app-db';
import { casesForReport } from '@/lib/db/queries/complaint-cases';
import { reportRecords } from '@/lib/db/queries/report-records';
import { monthDays, shiftMonth } from '@/lib/io/report/month';
import { monthlyReport, type MonthlyReport } from '@/lib/io/report/monthly-report';
import { parseLocalDateTime } from '@/lib/time/local-time';
import type { ReportQuery } from './report-query';

/** The report of a month, live: recording a call while the page is open updates the counts. */
export function useMonthlyReport({ month, accountId }: ReportQuery): MonthlyReport | undefined {
  return useLiveQuery(async () => {
    const range = {
      from: parseLocalDateTime(monthDays(month).first, '00:00'),
      to: parseLocalDateTime(`${shiftMonth(month, 1)}-01`, '00:00'),
    };
    const records = await reportRecords(getDb(), range, accountId);
    const cases = await casesForReport(getDb(), range, accountId);
    return monthlyReport(month, { ...records, cases, now: new Date() });
  }, [month, accountId]);
}
