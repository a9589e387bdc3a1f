import { useState, type SubmitEvent } from 'react';
import { t } from '@/lib/i18n/t';
import { relationKinds, type Contact, type RelationKind } from '@/lib/schema';
import { errorText } from '@/components/ui/error-text';
import { relationKindLabel } from '@/components/ui/person-labels';

/** Who reports to, or influences, whom: three choices and Add; a refusal is said beside the form. */
export function RelationForm(props: {
  people: readonly Contact[];
  onAdd: (r: { fromId: string; kind: RelationKind; toId: string }) => Promise<unknown>;
}) {
  const [fromId, setFrom] = useState('');
  const [kind, setKind] = useState<RelationKind>('reports-to');
  const [toId, setTo] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError('');
    setBusy(true);
    try {
      await props.onAdd({ fromId, kind, toId });
      setFrom('');
      setTo('');
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const options = props.people.map((c) => (
    <option key={c.id} value={c.id}>
      {c.name}
    </option>
  ));
  return (
    <form className="relation-form" onSubmit={(e) => void submit(e)} data-testid="relation-form">
      <label>
        {t('relationColumnFrom')}
        <select value={fromId} onChange={(e) => setFrom(e.target.value)} required data-testid="relation-from">
          <option value="" disabled>
            —
          </option>
          {options}
        </select>
      </label>
      <label>
        {t('relationColumnKind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as RelationKind)} data-testid="relation-kind">
          {relationKinds.map((k) => (
            <option key={k} value={k}>
              {relationKindLabel(k)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('relationColumnTo')}
        <select value={toId} onChange={(e) => setTo(e.target.value)} required data-testid="relation-to">
          <option value="" disabled>
            —
          </option>
          {options}
        </select>
      </label>
      <button type="submit" disabled={busy} data-testid="relation-add">
        {t('actionAddRelation')}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
