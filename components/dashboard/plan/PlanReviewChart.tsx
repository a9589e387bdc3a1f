import { t } from '@/lib/i18n/t';
import type { PlanFigure } from '@/lib/schema';
import { PlanSeriesView } from './PlanSeriesView';

/**
 * Plan against actual inside an account review's preparation (dashboard only: the panel words
 * the same figures as a prompt and loads no chart).
 */
export function PlanReviewChart({ figures, accountId }: { figures: readonly PlanFigure[]; accountId: string }) {
  return (
    <section className="prep-plan" aria-labelledby="prep-plan-h" data-testid="prep-plan">
      <h3 id="prep-plan-h" className="prep-sub">
        {t('prepPlanChart')}
      </h3>
      {figures.length === 0 ? (
        <p className="muted small">
          {t('prepPlanNone')} <a href={`#/account/${encodeURIComponent(accountId)}`}>{t('prepPlanAdd')}</a>
        </p>
      ) : (
        <PlanSeriesView figures={figures} />
      )}
    </section>
  );
}
