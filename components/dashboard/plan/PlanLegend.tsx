import { t } from '@/lib/i18n/t';

/** The key to the bars' colours, as text beside the chart. */
export function PlanLegend() {
  return (
    <p className="plan-legend small" aria-hidden="true">
      <span className="swatch plan" /> {t('planLegendPlan')} <span className="swatch actual" /> {t('planLegendActual')}{' '}
      <span className="swatch actual behind" /> {t('planLegendBehind')}
    </p>
  );
}
