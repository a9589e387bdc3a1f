import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type SubmitEvent } from 'react';
import { getDb } from '@/lib/db/app-db';
import { accountsByName } from '@/lib/db/queries/accounts';
import { addTask } from '@/lib/db/repos/tasks';
import { localDay } from '@/lib/time/local-time';
import { t } from '@/lib/i18n/t';
import { guarded } from '@/components/dashboard/guarded';
import { fromLocalInput } from '@/lib/time/input-values';
import { FormFooter } from '@/components/ui/FormFooter';

/**
 * A new follow-up from anywhere: the dossier (account fixed) or the week (account chosen). The
 * reminder is optional; when set, the background shows a notification at that time.
 */
export function FollowUpForm(props: { accountId?: string; onDone: () => void; onCancel: () => void }) {
  const db = getDb();
  const accounts = useLiveQuery(async () => (props.accountId ? [] : accountsByName(db)), [props.accountId]);
  const [accountId, setAccountId] = useState(props.accountId ?? '');
  const [title, setTitle] = useState('');
  const [due, setDue] = useState(localDay(new Date()));
  const [remind, setRemind] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError('');
    if (!accountId) {
      setError(t('errorChooseAccount'));
      return;
    }
    let remindAt: string | null = null;
    try {
      remindAt = fromLocalInput(remind);
    } catch {
      setError(t('errorMeetingWhen'));
      return;
    }
    setBusy(true);
    try {
      await guarded(() => addTask(db, { accountId, title, due: due || null, remindAt }));
      props.onDone();
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
      data-testid="follow-up-form"
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      {!props.accountId && (
        <label>
          {t('fieldCompany')}
          <select
            value={accountId}
            onChange={(e) => setAccountId(e.target.value)}
            aria-invalid={error === t('errorChooseAccount')}
            data-testid="follow-up-account"
          >
            <option value="">{accounts ? t('chooseAccount') : t('loading')}</option>
            {accounts?.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('fieldTaskTitle')}
        <input
          type="text"
          autoFocus={!!props.accountId}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          data-testid="follow-up-title"
        />
      </label>
      <div className="row wrap">
        <label>
          {t('fieldDue')}
          <input type="date" value={due} onChange={(e) => setDue(e.target.value)} data-testid="follow-up-due" />
        </label>
        <label>
          {t('fieldRemindAt')}
          <input
            type="datetime-local"
            value={remind}
            onChange={(e) => setRemind(e.target.value)}
            data-testid="follow-up-remind"
          />
        </label>
      </div>
      <FormFooter busy={busy} onCancel={props.onCancel} saveTestId="follow-up-save" error={error} />
    </form>
  );
}
