import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, Line } from '@visx/shape';
import { useId } from 'react';
import type { PlanSeries } from '@/lib/plan/gap';
import { formatFigure, formatFigureCompact, periodLabel } from '@/lib/plan/labels';
import { t } from '@/lib/i18n/t';

const WIDTH = 440;
const HEIGHT = 200;
const MARGIN = { top: 10, right: 8, bottom: 28, left: 64 };
const kinds = ['plan', 'actual'] as const;

/**
 * Plan against actual as grouped bars, one group per period of ONE series (one measure, one
 * currency, one kind of period: lib/plan/gap.ts), drawn with visx primitives as plain SVG. The
 * SVG is one labelled image; the numbers themselves are in the table beside it (PlanTable).
 */
export function PlanChart({ series, title }: { series: PlanSeries; title: string }) {
  const titleId = useId();
  const figures = series.figures;
  const values = figures.flatMap((f) => (f.actual === null ? [f.plan] : [f.plan, f.actual]));
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const innerW = WIDTH - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = scaleBand<string>({ domain: figures.map((f) => f.period), range: [0, innerW], padding: 0.25 });
  const inner = scaleBand<string>({ domain: [...kinds], range: [0, x.bandwidth()], padding: 0.08 });
  const y = scaleLinear<number>({ domain: [low, high === low ? low + 1 : high], range: [innerH, 0], nice: true });
  const barOf = (value: number) => ({ y: Math.min(y(value), y(0)), height: Math.abs(y(value) - y(0)) });
  return (
    <svg
      className="plan-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={titleId}
      data-testid="plan-chart"
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={titleId}>{title}</title>
      <Group left={MARGIN.left} top={MARGIN.top}>
        {figures.map((f) => {
          const left = x(f.period) ?? 0;
          return (
            <Group key={f.id} left={left}>
              <Bar
                className="plan-bar-plan"
                data-testid="plan-bar-plan"
                x={inner('plan') ?? 0}
                width={inner.bandwidth()}
                {...barOf(f.plan)}
              >
                <title>{t('planBarPlan', periodLabel(f.period), formatFigure(f.plan, series.currency))}</title>
              </Bar>
              {f.actual !== null && (
                <Bar
                  className={`plan-bar-actual${f.actual < f.plan ? ' behind' : ''}`}
                  data-testid="plan-bar-actual"
                  x={inner('actual') ?? 0}
                  width={inner.bandwidth()}
                  {...barOf(f.actual)}
                >
                  <title>{t('planBarActual', periodLabel(f.period), formatFigure(f.actual, series.currency))}</title>
                </Bar>
              )}
            </Group>
          );
        })}
        <Line from={{ x: 0, y: y(0) }} to={{ x: innerW, y: y(0) }} className="plan-zero" />
        <AxisLeft
          scale={y}
          numTicks={4}
          tickFormat={(v) => formatFigureCompact(Number(v), series.currency)}
          tickLabelProps={{ className: 'plan-tick', textAnchor: 'end', dx: -4, dy: '0.3em' }}
          hideAxisLine
          tickClassName="plan-axis"
        />
        <AxisBottom
          top={innerH}
          scale={x}
          tickFormat={(p) => periodLabel(p, 'short')}
          tickLabelProps={{ className: 'plan-tick', textAnchor: 'middle' }}
          hideTicks
          axisClassName="plan-axis"
        />
      </Group>
    </svg>
  );
}
