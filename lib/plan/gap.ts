import type { PlanFigure } from '@/lib/schema/plan-figure';
import { comparePeriods, compareRecency, parsePeriod, type PeriodKind, type PeriodParts } from './period';

/** Measures the plan names itself; any other text is the user's own measure. */
export const builtInMeasures = ['sales', 'margin'] as const;

/** Sales and margin are money; a measure of the user's own is money when it has a currency. */
export function isMoneyMeasure(measure: string): boolean {
  return (builtInMeasures as readonly string[]).includes(measure);
}

export interface Gap {
  /** actual − plan, in the figure's own unit. */
  amount: number;
  /** (actual − plan) / plan × 100; null when the plan is 0 (no percentage of nothing). */
  percent: number | null;
  /** actual / plan × 100 ("64 % of plan"); null when the plan is 0. */
  share: number | null;
}

/** The gap of one figure, or null while its actual is not known. */
export function gapOf(f: Pick<PlanFigure, 'plan' | 'actual'>): Gap | null {
  if (f.actual === null) return null;
  const amount = f.actual - f.plan;
  if (f.plan === 0) return { amount, percent: null, share: null };
  return { amount, percent: (amount / Math.abs(f.plan)) * 100, share: (f.actual / f.plan) * 100 };
}

/**
 * One line of the chart: figures of one measure, one currency and one kind of period. Sales in
 * EUR and in USD, or quarters and the whole year, are never one series: their bars would add up
 * or compare things that do not compare.
 */
export interface PlanSeries {
  key: string;
  measure: string;
  currency: string;
  kind: PeriodKind;
  /** In period order. */
  figures: PlanFigure[];
}

export function seriesKey(f: Pick<PlanFigure, 'measure' | 'currency' | 'period'>): string {
  return [f.measure, f.currency.toUpperCase(), parsePeriod(f.period)?.kind ?? ''].join('\u0000');
}

/** The figures split into series, built-in measures first, then by name, currency and period kind. */
export function planSeries(figures: readonly PlanFigure[]): PlanSeries[] {
  const byKey = new Map<string, PlanSeries>();
  for (const f of figures) {
    const p = parsePeriod(f.period);
    if (!p) continue;
    const key = seriesKey(f);
    let s = byKey.get(key);
    if (!s) byKey.set(key, (s = { key, measure: f.measure, currency: f.currency.toUpperCase(), kind: p.kind, figures: [] }));
    s.figures.push(f);
  }
  const rank = (m: string) => {
    const i = (builtInMeasures as readonly string[]).indexOf(m);
    return i < 0 ? builtInMeasures.length : i;
  };
  const kinds: PeriodKind[] = ['quarter', 'month', 'year'];
  return [...byKey.values()]
    .map((s) => ({ ...s, figures: s.figures.sort((a, b) => comparePeriods(a.period, b.period)) }))
    .sort(
      (a, b) =>
        rank(a.measure) - rank(b.measure) ||
        a.measure.localeCompare(b.measure) ||
        a.currency.localeCompare(b.currency) ||
        kinds.indexOf(a.kind) - kinds.indexOf(b.kind),
    );
}

/** A headline figure with its gap: the latest period with an actual, for the prompt and the portfolio. */
export interface LatestGap {
  figure: PlanFigure;
  gap: Gap & { percent: number; share: number };
}

/**
 * The latest figure with a known actual and a non-zero plan: the period ending last (finer
 * first), and in one period sales before margin before the user's own measures. null when the
 * account has no such figure.
 */
export function latestGap(figures: readonly PlanFigure[]): LatestGap | null {
  let best: (LatestGap & { parts: PeriodParts }) | null = null;
  for (const f of figures) {
    const gap = percentGap(f);
    const parts = parsePeriod(f.period);
    if (!gap || !parts) continue;
    const later = best ? compareRecency(parts, best.parts) || measureRank(f) - measureRank(best.figure) : 1;
    if (later > 0) best = { figure: f, gap, parts };
  }
  if (!best) return null;
  return { figure: best.figure, gap: best.gap };
}

/** The gap when it has a percentage: an actual is known and the plan is not 0. */
function percentGap(f: PlanFigure): LatestGap['gap'] | null {
  const gap = gapOf(f);
  if (gap?.percent == null || gap.share === null) return null;
  return { ...gap, percent: gap.percent, share: gap.share };
}

/** Higher ranks win a tie: sales, then margin, then the rest. */
function measureRank(f: PlanFigure): number {
  const i = (builtInMeasures as readonly string[]).indexOf(f.measure);
  return i < 0 ? 0 : builtInMeasures.length - i;
}
