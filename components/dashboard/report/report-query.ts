import { useEffect, useState } from 'react';
import { isMonth, monthOfDay, type Month } from '@/lib/io/report/month';
import { localDay } from '@/lib/time/local-time';

export interface ReportQuery {
  month: Month;
  accountId?: string;
}

/** `#/report?month=2026-11&account=<id>`: a report can be bookmarked and printed again. */
export function readReportQuery(hash: string, now = new Date()): ReportQuery {
  const q = new URLSearchParams(hash.split('?')[1] ?? '');
  const month = q.get('month') ?? '';
  const accountId = q.get('account') ?? '';
  return { month: isMonth(month) ? month : monthOfDay(localDay(now)), ...(accountId ? { accountId } : {}) };
}

export function reportHash({ month, accountId }: ReportQuery): string {
  const q = new URLSearchParams({ month });
  if (accountId) q.set('account', accountId);
  return `#/report?${q.toString()}`;
}

export function useReportQuery(): ReportQuery {
  const [query, setQuery] = useState(() => readReportQuery(location.hash));
  useEffect(() => {
    const on = () => setQuery(readReportQuery(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return query;
}
