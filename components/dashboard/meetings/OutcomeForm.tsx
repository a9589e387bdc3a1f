import { useState, type SubmitEvent } from 'react';
import { getDb } from '@/lib/db/app-db';
import { recordOutcome } from '@/lib/db/repos/meetings';
import { t } from '@/lib/i18n/t';
import type { Meeting } from '@/lib/schema';
import { addDays, localDay } from '@/lib/time/local-time';
import { guarded } from '@/components/dashboard/guarded';

interface StepRow {
  key: number;
  title: string;
  due: string;
}

/** Next steps are due the day after the meeting unless the user says otherwise (docs/domain.md §6). */
function defaultDue(meeting: Meeting): string {
  const today = localDay(new Date());
  const day = localDay(meeting.at);
  return addDays(day > today ? day : today, 1);
}

/** Summary, agreements, next steps: a few fields, written in one transaction. */
export function OutcomeForm(props: { meeting: Meeting; onDone: (followUps: number) => void; onCancel?: () => void }) {
  const { meeting } = props;
  const [summary, setSummary] = useState(meeting.outcome?.summary ?? '');
  const [agreements, setAgreements] = useState(meeting.outcome?.agreements ?? '');
  const [steps, setSteps] = useState<StepRow[]>([{ key: 0, title: '', due: defaultDue(meeting) }]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const setStep = (key: number, patch: Partial<StepRow>) =>
    setSteps((s) => s.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  const addStep = () =>
    setSteps((s) => [...s, { key: Math.max(0, ...s.map((x) => x.key)) + 1, title: '', due: defaultDue(meeting) }]);

  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError('');
    setBusy(true);
    try {
      const r = await guarded(() => recordOutcome(getDb(), meeting.id, { summary, agreements, nextSteps: steps }));
      props.onDone(r.tasks.length);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} data-testid="outcome-form">
      <label>
        {t('fieldOutcomeSummary')}
        <textarea value={summary} onChange={(e) => setSummary(e.target.value)} required data-testid="outcome-summary" />
      </label>
      <label>
        {t('fieldAgreements')}
        <textarea value={agreements} onChange={(e) => setAgreements(e.target.value)} data-testid="outcome-agreements" />
      </label>
      <fieldset className="next-steps">
        <legend>{t('fieldNextSteps')}</legend>
        {steps.map((s, i) => (
          <div key={s.key} className="row wrap next-step" data-testid="next-step">
            <input
              type="text"
              value={s.title}
              onChange={(e) => setStep(s.key, { title: e.target.value })}
              aria-label={t('nextStepTitle', i + 1)}
              placeholder={t('fieldTaskTitle')}
              data-testid="next-step-title"
            />
            <input
              type="date"
              value={s.due}
              onChange={(e) => setStep(s.key, { due: e.target.value })}
              aria-label={t('nextStepDue', i + 1)}
              required={!!s.title.trim()}
              data-testid="next-step-due"
            />
            {steps.length > 1 && (
              <button
                type="button"
                className="link small"
                onClick={() => setSteps(steps.filter((x) => x.key !== s.key))}
                aria-label={`${t('actionRemove')}: ${s.title || i + 1}`}
              >
                ✕
              </button>
            )}
          </div>
        ))}
        <button type="button" className="link small" onClick={addStep} data-testid="add-next-step">
          + {t('actionAddNextStep')}
        </button>
      </fieldset>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={busy} data-testid="outcome-save">
          {t('actionSaveOutcome')}
        </button>
        {props.onCancel && (
          <button type="button" className="secondary" onClick={props.onCancel}>
            {t('actionCancel')}
          </button>
        )}
      </div>
    </form>
  );
}
