import { useState, type SubmitEvent } from 'react';
import { t } from '@/lib/i18n/t';
import { runCommand } from './run-command';
import { addDays, localDay } from '@/lib/time/local-time';

function inDays(n: number): string {
  return addDays(localDay(new Date()), n);
}

/** A follow-up with a due date in two keystrokes; defaults to three days out. */
export function AddFollowUp({ accountId, defaultTitle = '' }: { accountId: string; defaultTitle?: string }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(defaultTitle);
  const [due, setDue] = useState(inDays(3));
  const [error, setError] = useState('');
  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    try {
      await runCommand({ type: 'addTask', accountId, title, due: due || null });
      setOpen(false);
      setTitle(defaultTitle);
      setError('');
    } catch (err) {
      setError((err as Error).message);
    }
  };
  if (!open)
    return (
      <button className="secondary" data-testid="add-follow-up" onClick={() => setOpen(true)}>
        + {t('actionAddFollowUp')}
      </button>
    );
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} data-testid="follow-up-form">
      <input
        autoFocus
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        placeholder={t('fieldTaskTitle')}
        aria-label={t('fieldTaskTitle')}
      />
      <input type="date" value={due} onChange={(e) => setDue(e.target.value)} aria-label={t('fieldDue')} />
      <button type="submit">{t('actionSave')}</button>
      <button type="button" className="link" onClick={() => setOpen(false)}>
        {t('actionCancel')}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
