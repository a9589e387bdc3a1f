/**
 * Plan against actual for an account review (docs/domain.md §6): per series (one measure, one
 * currency, one kind of period; lib/plan/gap.ts) the latest period with an actual, as "64 % of
 * the sales plan for Q4 2026". Only for the meeting type whose checklist asks for it
 * (`account-review.plan-vs-actual`).
 */
import type { Prompt } from './prompts';
import type { Meeting } from '@/lib/schema/meeting';
import type { PlanFigure } from '@/lib/schema/plan-figure';
import { latestGap, planSeries } from '@/lib/plan/gap';

export const PLAN_REVIEW_MEETING = 'account-review';

export function planPrompts(
  accountId: string,
  meeting: Meeting | undefined,
  figures: readonly PlanFigure[] | undefined,
): Prompt[] {
  if (meeting?.type !== PLAN_REVIEW_MEETING || !figures?.length) return [];
  const out: Prompt[] = [];
  for (const series of planSeries(figures.filter((f) => f.accountId === accountId))) {
    const latest = latestGap(series.figures);
    if (!latest) continue;
    const { figure, gap } = latest;
    out.push({
      kind: 'plan-actual',
      key: 'prompt.planActual',
      params: {
        measure: figure.measure,
        period: figure.period,
        share: gap.share,
        percent: gap.percent,
        plan: figure.plan,
        actual: figure.actual,
        currency: figure.currency,
      },
      refId: figure.id,
    });
  }
  // Furthest behind first: that is what the review has to talk about.
  return out.sort((a, b) => Number(a.params.percent) - Number(b.params.percent));
}
