import { gapOf, latestGap, planSeries } from '@/lib/plan/gap';
import { PlanFigure } from '@/lib/schema/plan-figure';

const fig = (id: string, period: string, plan: number, actual: number | null, extra: Partial<PlanFigure> = {}) =>
  PlanFigure.parse({ id, accountId: 'a1', measure: 'sales', period, plan, actual, currency: 'EUR', ...extra });

describe('gap to plan', () => {
  it('is actual − plan, in the unit and in per cent of the plan', () => {
    expect(gapOf(fig('f', '2026-Q4', 100000, 64000))).toEqual({ amount: -36000, percent: -36, share: 64 });
    expect(gapOf(fig('f', '2026-Q4', 200, 250))).toEqual({ amount: 50, percent: 25, share: 125 });
    // Unknown actual: no gap yet. A plan of 0 has no percentage.
    expect(gapOf(fig('f', '2026-Q4', 100, null))).toBeNull();
    expect(gapOf(fig('f', '2026-Q4', 0, 30))).toEqual({ amount: 30, percent: null, share: null });
  });

  it('never puts two currencies, measures or kinds of period in one series', () => {
    const series = planSeries([
      fig('q2', '2026-Q2', 100, 90),
      fig('q1', '2026-Q1', 100, 110),
      fig('usd', '2026-Q1', 50, 40, { currency: 'USD' }),
      fig('year', '2026', 400, null),
      fig('margin', '2026-Q1', 20, 18, { measure: 'margin' }),
      fig('visits', '2026-Q1', 12, 9, { measure: 'visits', currency: '' }),
    ]);
    expect(series.map((s) => [s.measure, s.currency, s.kind, s.figures.map((f) => f.id)])).toEqual([
      ['sales', 'EUR', 'quarter', ['q1', 'q2']],
      ['sales', 'EUR', 'year', ['year']],
      ['sales', 'USD', 'quarter', ['usd']],
      ['margin', 'EUR', 'quarter', ['margin']],
      ['visits', '', 'quarter', ['visits']],
    ]);
  });

  it('takes the latest period with an actual, sales before other measures of that period', () => {
    const figures = [
      fig('q3', '2026-Q3', 100, 64),
      fig('q4-open', '2026-Q4', 100, null),
      fig('q2', '2026-Q2', 100, 120),
      fig('margin-q3', '2026-Q3', 10, 2, { measure: 'margin' }),
      fig('zero-plan', '2026-Q4', 0, 5, { measure: 'visits', currency: '' }),
    ];
    expect(latestGap(figures)?.figure.id).toBe('q3');
    expect(latestGap(figures)?.gap.percent).toBe(-36);
    expect(latestGap([fig('q4-open', '2026-Q4', 100, null)])).toBeNull();
    expect(latestGap([])).toBeNull();
  });
});
