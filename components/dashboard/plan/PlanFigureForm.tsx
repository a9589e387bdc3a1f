import { useId, useState, type SubmitEvent } from 'react';
import { getDb } from '@/lib/db/app-db';
import { createPlanFigure, updatePlanFigure } from '@/lib/db/repos/plan-figures';
import { formatInputNumber, parseLocaleNumber } from '@/lib/i18n/parse-number';
import { t } from '@/lib/i18n/t';
import { builtInMeasures, isMoneyMeasure } from '@/lib/plan/gap';
import { isCurrencyCode, measureLabel } from '@/lib/plan/labels';
import { formatPeriod, parsePeriod, periodOf, type PeriodParts } from '@/lib/plan/period';
import type { PlanFigure } from '@/lib/schema';
import { uiLocale } from '@/lib/time/ui-locale';
import { errorText } from '@/components/ui/error-text';
import { guarded } from '@/components/dashboard/guarded';
import { PeriodPicker } from './PeriodPicker';
import { FormFooter } from '@/components/ui/FormFooter';

const CUSTOM = '';

interface Draft {
  measure: string;
  customMeasure: string;
  period: PeriodParts;
  plan: string;
  actual: string;
  currency: string;
}

function draftOf(f: PlanFigure | undefined, currency: string): Draft {
  const locale = uiLocale();
  const now = new Date();
  const builtIn = !f || isMoneyMeasure(f.measure);
  return {
    measure: builtIn ? (f?.measure ?? 'sales') : CUSTOM,
    customMeasure: builtIn ? '' : f.measure,
    period: (f && parsePeriod(f.period)) ?? periodOf('quarter', now.getFullYear(), now.getMonth() + 1),
    plan: f ? formatInputNumber(f.plan, locale) : '',
    actual: f && f.actual !== null ? formatInputNumber(f.actual, locale) : '',
    currency: f ? f.currency : currency,
  };
}

/** The draft as a figure's fields, or the first thing wrong with it (a message to show). */
function checked(d: Draft): { ok: Pick<PlanFigure, 'measure' | 'period' | 'plan' | 'actual' | 'currency'> } | { error: string } {
  const locale = uiLocale();
  const example = formatInputNumber(14300.5, locale);
  const measure = d.measure === CUSTOM ? d.customMeasure.trim() : d.measure;
  if (!measure) return { error: t('errorPlanMeasure') };
  const plan = parseLocaleNumber(d.plan, locale);
  if (plan === null) return { error: t('errorPlanNumber', t('fieldPlanPlan'), example) };
  const actual = d.actual.trim() === '' ? null : parseLocaleNumber(d.actual, locale);
  if (actual === null && d.actual.trim() !== '') return { error: t('errorPlanNumber', t('fieldPlanActual'), example) };
  const currency = d.currency.trim().toUpperCase();
  if ((isMoneyMeasure(measure) || currency) && !isCurrencyCode(currency)) return { error: t('errorPlanCurrency') };
  return { ok: { measure, period: formatPeriod(d.period), plan, actual, currency } };
}

/**
 * Adds or edits one plan figure: the measure (sales, margin or the user's own), the period, the
 * plan and the actual typed in the user's number format ("14 300,5"), the currency for money.
 */
export function PlanFigureForm(props: {
  accountId: string;
  figure?: PlanFigure;
  /** The currency the account's other figures use, offered for a new one. */
  defaultCurrency: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(() => draftOf(props.figure, props.defaultCurrency));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const result = checked(draft);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setBusy(true);
    try {
      const db = getDb();
      const f = props.figure;
      if (f) {
        const base = Object.fromEntries(Object.keys(result.ok).map((k) => [k, f[k as keyof typeof result.ok]]));
        await guarded(() => updatePlanFigure(db, f.id, result.ok, base));
      } else {
        await guarded(() => createPlanFigure(db, { accountId: props.accountId, ...result.ok }));
      }
      props.onDone();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const money = draft.measure !== CUSTOM;
  return (
    <form
      className="stack plan-form"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
      data-testid="plan-form"
    >
      <label htmlFor={`${id}-measure`}>
        {t('fieldPlanMeasure')}
        <select
          id={`${id}-measure`}
          value={draft.measure}
          autoFocus
          onChange={(e) => set({ measure: e.target.value })}
          data-testid="plan-measure"
        >
          {builtInMeasures.map((m) => (
            <option key={m} value={m}>
              {measureLabel(m)}
            </option>
          ))}
          <option value={CUSTOM}>{t('planMeasure_custom')}</option>
        </select>
      </label>
      {draft.measure === CUSTOM && (
        <label htmlFor={`${id}-custom`}>
          {t('fieldPlanMeasureName')}
          <input
            id={`${id}-custom`}
            value={draft.customMeasure}
            required
            onChange={(e) => set({ customMeasure: e.target.value })}
            data-testid="plan-measure-name"
          />
        </label>
      )}
      <PeriodPicker value={draft.period} onChange={(period) => set({ period })} />
      <div className="row">
        <label htmlFor={`${id}-plan`}>
          {t('fieldPlanPlan')}
          <input
            id={`${id}-plan`}
            inputMode="decimal"
            required
            value={draft.plan}
            onChange={(e) => set({ plan: e.target.value })}
            data-testid="plan-plan"
          />
        </label>
        <label htmlFor={`${id}-actual`}>
          {t('fieldPlanActual')}
          <input
            id={`${id}-actual`}
            inputMode="decimal"
            placeholder={t('hintPlanActual')}
            value={draft.actual}
            onChange={(e) => set({ actual: e.target.value })}
            data-testid="plan-actual"
          />
        </label>
        <label htmlFor={`${id}-currency`}>
          {t('fieldPlanCurrency')}
          <input
            id={`${id}-currency`}
            size={5}
            maxLength={3}
            required={money}
            placeholder="EUR"
            title={t('hintPlanCurrency')}
            value={draft.currency}
            onChange={(e) => set({ currency: e.target.value.toUpperCase() })}
            data-testid="plan-currency"
          />
        </label>
      </div>
      <FormFooter busy={busy} onCancel={props.onCancel} saveTestId="plan-save" error={error} errorTestId="plan-form-error" />
    </form>
  );
}
