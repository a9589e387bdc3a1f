import type { ReactNode } from 'react';
import { gapOf, type PlanSeries } from '@/lib/plan/gap';
import { formatFigure, formatGapAmount, formatGapPercent, periodLabel } from '@/lib/plan/labels';
import type { PlanFigure } from '@/lib/schema';
import { t } from '@/lib/i18n/t';

/**
 * The chart's numbers as a table: period, plan, actual and the gap (actual − plan, and in %),
 * in the user's number and currency format. `actions` adds a cell per row (edit, delete).
 */
export function PlanTable(props: { series: PlanSeries; caption: string; actions?: (f: PlanFigure) => ReactNode }) {
  const { series } = props;
  return (
    <table className="plan-table" data-testid="plan-table">
      <caption className="sr-only">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('planColPeriod')}</th>
          <th scope="col" className="num">
            {t('planColPlan')}
          </th>
          <th scope="col" className="num">
            {t('planColActual')}
          </th>
          <th scope="col" className="num">
            {t('planColGap')}
          </th>
          {props.actions && (
            <th scope="col">
              <span className="sr-only">{t('planColActions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {series.figures.map((f) => {
          const gap = gapOf(f);
          return (
            <tr key={f.id} data-testid="plan-table-row" data-period={f.period}>
              <th scope="row">{periodLabel(f.period)}</th>
              <td className="num" data-testid="plan-cell-plan">
                {formatFigure(f.plan, series.currency)}
              </td>
              <td className="num" data-testid="plan-cell-actual">
                {f.actual === null ? (
                  <span className="muted">{t('planActualUnknown')}</span>
                ) : (
                  formatFigure(f.actual, series.currency)
                )}
              </td>
              <td className={`num${gap && gap.amount < 0 ? ' behind' : ''}`} data-testid="plan-cell-gap">
                {gap ? (
                  <>
                    {formatGapAmount(gap.amount, series.currency)}
                    {gap.percent !== null && ` (${formatGapPercent(gap.percent)})`}
                  </>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              {props.actions && <td className="plan-actions">{props.actions(f)}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
