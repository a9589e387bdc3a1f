import { lazy, type ReactNode, Suspense, useId, useState } from 'react';
import { planSeries, type PlanSeries } from '@/lib/plan/gap';
import { measureLabel } from '@/lib/plan/labels';
import type { PlanFigure } from '@/lib/schema';
import { t, type MessageKey } from '@/lib/i18n/t';
import { PlanLegend } from './PlanLegend';
import { PlanTable } from './PlanTable';
import './plan.css';

// The chart library (visx, with its d3 scales) loads only when a chart is shown: the rest of
// the dashboard, and the table of the same numbers, do not wait for it.
const PlanChart = lazy(() => import('./PlanChart').then((m) => ({ default: m.PlanChart })));

/** "Sales · EUR · by quarter": the series' name, in the picker and as the chart's title. */
export function seriesName(s: PlanSeries): string {
  return [measureLabel(s.measure), s.currency, t(`planPeriods_${s.kind}` as MessageKey)].filter(Boolean).join(' · ');
}

/**
 * One series at a time (picked when there are several): the chart, its legend and the table of
 * the same numbers. A series never mixes measures, currencies or kinds of period.
 */
export function PlanSeriesView(props: { figures: readonly PlanFigure[]; actions?: (f: PlanFigure) => ReactNode }) {
  const pickerId = useId();
  const all = planSeries(props.figures);
  const [picked, setPicked] = useState('');
  const series = all.find((s) => s.key === picked) ?? all[0];
  if (!series) return null;
  const title = t('planChartTitle', seriesName(series));
  return (
    <div className="plan-series" data-testid="plan-series">
      {all.length > 1 && (
        <label htmlFor={pickerId} className="plan-picker small">
          {t('planChartSeriesLabel')}{' '}
          <select id={pickerId} value={series.key} onChange={(e) => setPicked(e.target.value)} data-testid="plan-series-picker">
            {all.map((s) => (
              <option key={s.key} value={s.key}>
                {seriesName(s)}
              </option>
            ))}
          </select>
        </label>
      )}
      <p className="plan-series-name small muted">{seriesName(series)}</p>
      <Suspense
        fallback={
          <p className="muted small" role="status">
            {t('loading')}
          </p>
        }
      >
        <PlanChart series={series} title={title} />
      </Suspense>
      <PlanLegend />
      <PlanTable series={series} caption={title} actions={props.actions} />
    </div>
  );
}
