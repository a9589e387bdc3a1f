import { captureKinds } from '@/lib/capture/draft';
import { t, type MessageKey } from '@/lib/i18n/t';
import type { CompetitorChoice } from '@/lib/messaging/pages-to-worker';
import { NEW_COMPETITOR, type CaptureFormState } from './capture-form';

interface Props {
  form: CaptureFormState;
  competitors: CompetitorChoice[];
  onChange: (patch: Partial<CaptureFormState>) => void;
}

/** Note (default), competitor intelligence, need, or follow-up — with what each one needs. */
export function KindChoice({ form, competitors, onChange }: Props) {
  return (
    <fieldset className="capture-kind" data-testid="capture-kind">
      <legend>{t('captureKind')}</legend>
      <div className="kinds">
        {captureKinds.map((k) => (
          <label key={k} className="choice">
            <input
              type="radio"
              name="kind"
              value={k}
              checked={form.kind === k}
              onChange={() => onChange({ kind: k })}
              data-testid={`capture-kind-${k}`}
            />
            {t(`captureKind_${k}` as MessageKey)}
          </label>
        ))}
      </div>
      {form.kind === 'competitor' && (
        <div className="stack">
          <label>
            {t('captureCompetitor')}
            <select
              value={form.competitorId}
              onChange={(e) => onChange({ competitorId: e.target.value })}
              data-testid="capture-competitor"
            >
              {competitors.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
              <option value={NEW_COMPETITOR}>{t('captureCompetitorNew')}</option>
            </select>
          </label>
          {form.competitorId === NEW_COMPETITOR && (
            <label>
              {t('captureCompetitorName')}
              <input
                value={form.competitorName}
                maxLength={200}
                onChange={(e) => onChange({ competitorName: e.target.value })}
                data-testid="capture-competitor-name"
              />
            </label>
          )}
        </div>
      )}
      {form.kind === 'task' && (
        <div className="stack">
          <label>
            {t('fieldDue')}
            <input type="date" value={form.due} onChange={(e) => onChange({ due: e.target.value })} data-testid="capture-due" />
          </label>
        </div>
      )}
    </fieldset>
  );
}
