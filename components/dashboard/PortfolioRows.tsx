import { type KeyboardEvent, memo, useRef, useState } from 'react';
import type { PortfolioRow } from '@/lib/db/queries/portfolio';
import { formatDateTime, formatDay, formatDaysAgo } from '@/lib/i18n/format';
import { tPlural } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import { formatGapPercent, formatShare, measureLabel, periodLabel } from '@/lib/plan/labels';
import { meetingSoon } from '@/lib/tasks/attention';
import { daysSince } from '@/lib/tasks/cadence';
import { runtimeTimeZone } from '@/lib/time/local-time';
import { StageBadge } from '@/components/ui/StageBadge';
import { useRowVirtualizer } from '@/components/ui/use-row-virtualizer';

/** Row height in px; fixed, so the virtualiser never measures (dashboard.css `.portfolio-row`). */
const ROW = 56;

/**
 * The portfolio as a virtualised list (TanStack Virtual, components/ui/use-row-virtualizer.ts): only the rows in view and a few
 * around them are in the DOM, so 10,000 accounts scroll like 20. One row is in the tab order
 * (roving tabindex); ↑ ↓ Home End PageUp PageDown move it, Enter follows the row's link.
 */
export function PortfolioRows({ rows, now }: { rows: readonly PortfolioRow[]; now: Date }) {
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [tz] = useState(runtimeTimeZone);
  const virtualizer = useRowVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 8,
  });
  const current = Math.min(active, rows.length - 1);

  const moveTo = (index: number) => {
    const i = Math.max(0, Math.min(rows.length - 1, index));
    setActive(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
    // The row may only exist after the scroll renders it.
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${i}"] a`)?.focus());
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW) / ROW) - 1);
    const to: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: current + page,
      PageUp: current - page,
    };
    if (!(e.key in to)) return;
    e.preventDefault();
    moveTo(to[e.key] ?? current);
  };

  return (
    <div className="portfolio">
      <div className="portfolio-row portfolio-head" aria-hidden="true">
        <span>{t('portfolioColAccount')}</span>
        <span>{t('portfolioColLastContact')}</span>
        <span>{t('portfolioColNextMeeting')}</span>
        <span>{t('portfolioColFollowUps')}</span>
        <span>{t('portfolioColComplaints')}</span>
        <span>{t('portfolioColPlan')}</span>
      </div>
      <div className="portfolio-scroll" ref={scroller} onKeyDown={onKeyDown}>
        <div
          role="list"
          aria-label={t('portfolioColAccount')}
          style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <div
                key={row.account.id}
                role="listitem"
                aria-setsize={rows.length}
                aria-posinset={item.index + 1}
                data-index={item.index}
                className="portfolio-item"
                style={{ transform: `translateY(${item.start}px)`, height: ROW }}
              >
                <Row row={row} now={now} tz={tz} index={item.index} focusable={item.index === current} onFocusIndex={setActive} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

interface RowProps {
  row: PortfolioRow;
  now: Date;
  tz: string;
  index: number;
  focusable: boolean;
  onFocusIndex: (index: number) => void;
}

/** Memoised: while scrolling, only rows coming into view render (their props stay the same objects). */
const Row = memo(function Row({ row, now, tz, index, focusable, onFocusIndex }: RowProps) {
  const { account } = row;
  return (
    <a
      className={`portfolio-row${row.attention > 0 ? ' attention' : ''}`}
      href={`#/account/${encodeURIComponent(account.id)}`}
      data-testid="account-row"
      data-account-id={account.id}
      tabIndex={focusable ? 0 : -1}
      onFocus={() => onFocusIndex(index)}
    >
      <span className="portfolio-name">
        <span className="name">{account.name}</span> <StageBadge stage={account.stage} />
        {account.tags.map((x) => (
          <span key={x} className="badge">
            {x}
          </span>
        ))}
      </span>
      <span data-testid="row-last-contact" className="wrap">
        {row.lastContactAt === null ? (
          <span className="muted">{t('portfolioNeverContacted')}</span>
        ) : (
          <>
            {formatDay(row.lastContactAt)}{' '}
            <span className="muted small">{formatDaysAgo(daysSince(row.lastContactAt, now, tz))}</span>
          </>
        )}
        {row.cadenceSlipping && (
          <span className="badge warn" data-testid="row-cadence-slipping">
            {t('portfolioCadenceSlipping')}
          </span>
        )}
      </span>
      <span data-testid="row-next-meeting" className={meetingSoon(row.nextMeetingAt, now) ? 'soon' : undefined}>
        {row.nextMeetingAt ? formatDateTime(row.nextMeetingAt) : <span className="muted">—</span>}
      </span>
      <span data-testid="row-follow-ups">
        {row.openTasks > 0 ? tPlural('portfolioOpenTasks', row.openTasks) : <span className="muted">—</span>}
        {row.overdueTasks > 0 && (
          <span className="badge warn" data-testid="row-overdue">
            {tPlural('portfolioOverdueTasks', row.overdueTasks)}
          </span>
        )}
      </span>
      <span data-testid="row-complaints">
        {row.openComplaints > 0 ? (
          <span className="badge warn">{tPlural('portfolioOpenComplaints', row.openComplaints)}</span>
        ) : (
          <span className="muted">—</span>
        )}
      </span>
      <PlanGapCell gap={row.planGap} />
    </a>
  );
});

/** The latest figure's gap to plan ("−36 %") and its period; the measure and share in the tooltip. */
function PlanGapCell({ gap }: { gap: PortfolioRow['planGap'] }) {
  if (!gap) return <span className="muted">—</span>;
  const { figure } = gap;
  const period = periodLabel(figure.period, 'short');
  return (
    <span
      data-testid="row-plan-gap"
      className="wrap"
      title={t('portfolioPlanGapTitle', measureLabel(figure.measure), periodLabel(figure.period), formatShare(gap.gap.share))}
    >
      <span className={gap.gap.percent < 0 ? 'badge warn' : 'badge'}>{formatGapPercent(gap.gap.percent)}</span>{' '}
      <span className="muted small">{period}</span>
    </span>
  );
}
