import { useState, type SubmitEvent } from 'react';
import { t } from '@/lib/i18n/t';
import { caseLabels } from './case-fields';
import { FormFooter } from '@/components/ui/FormFooter';

/** Resolving a case asks how it ended: the outcome is what the next manager reads first. */
export function CaseResolveForm(props: { outcome: string; onSave: (outcome: string) => Promise<void>; onCancel: () => void }) {
  const [outcome, setOutcome] = useState(props.outcome);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      await props.onSave(outcome);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="stack"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
      data-testid="case-resolve-form"
    >
      <label>
        {caseLabels().outcome}
        <textarea
          autoFocus
          required
          value={outcome}
          placeholder={t('caseOutcomeHint')}
          onChange={(e) => setOutcome(e.target.value)}
          data-testid="case-outcome-input"
        />
      </label>
      <FormFooter
        busy={busy}
        onCancel={props.onCancel}
        saveTestId="case-resolve-save"
        error={error}
        saveLabel={t('caseResolveSave')}
      />
    </form>
  );
}
