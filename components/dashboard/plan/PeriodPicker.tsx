import { useId } from 'react';
import { type PeriodKind, type PeriodParts } from '@/lib/plan/period';
import { t, type MessageKey } from '@/lib/i18n/t';
import { uiLocale } from '@/lib/time/ui-locale';
import { quarterName } from '@/lib/plan/labels';

const kinds: PeriodKind[] = ['quarter', 'month', 'year'];

/** Month names of the interface language, January first. */
function monthNames(): string[] {
  const f = new Intl.DateTimeFormat(uiLocale(), { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => f.format(Date.UTC(2026, i, 15)));
}

/** Six years back and two ahead of this one, and the picked year wherever it is. */
function yearsAround(picked: number): number[] {
  const now = new Date().getFullYear();
  const from = Math.min(picked, now - 6);
  const to = Math.max(picked, now + 2);
  return Array.from({ length: to - from + 1 }, (_, i) => to - i);
}

/**
 * A period in three small controls: its kind (quarter, month, year), the year, and the quarter or
 * month. The value is always a whole period, so no text needs parsing.
 */
export function PeriodPicker({ value, onChange }: { value: PeriodParts; onChange: (p: PeriodParts) => void }) {
  const id = useId();
  const setKind = (kind: PeriodKind) => {
    // Keep the same point in the year when switching: Q3 becomes July, July becomes Q3.
    const month = value.kind === 'quarter' ? value.index * 3 - 2 : value.kind === 'month' ? value.index : 1;
    onChange({ kind, year: value.year, index: kind === 'year' ? 0 : kind === 'quarter' ? Math.ceil(month / 3) : month });
  };
  return (
    <fieldset className="period-picker">
      <legend>{t('fieldPlanPeriod')}</legend>
      <label htmlFor={`${id}-kind`}>
        <span className="sr-only">{t('fieldPlanPeriodKind')}</span>
        <select
          id={`${id}-kind`}
          value={value.kind}
          onChange={(e) => setKind(e.target.value as PeriodKind)}
          data-testid="plan-period-kind"
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`planPeriod_${k}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      {value.kind === 'quarter' && (
        <label htmlFor={`${id}-q`}>
          <span className="sr-only">{t('planPeriod_quarter')}</span>
          <select
            id={`${id}-q`}
            value={value.index}
            onChange={(e) => onChange({ ...value, index: Number(e.target.value) })}
            data-testid="plan-period-quarter"
          >
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {quarterName(q)}
              </option>
            ))}
          </select>
        </label>
      )}
      {value.kind === 'month' && (
        <label htmlFor={`${id}-m`}>
          <span className="sr-only">{t('planPeriod_month')}</span>
          <select
            id={`${id}-m`}
            value={value.index}
            onChange={(e) => onChange({ ...value, index: Number(e.target.value) })}
            data-testid="plan-period-month"
          >
            {monthNames().map((name, i) => (
              <option key={name} value={i + 1}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label htmlFor={`${id}-y`}>
        <span className="sr-only">{t('planPeriod_year')}</span>
        <select
          id={`${id}-y`}
          value={value.year}
          onChange={(e) => onChange({ ...value, year: Number(e.target.value) })}
          data-testid="plan-period-year"
        >
          {yearsAround(value.year).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
