import { useState } from 'react';
import { t } from '@/lib/i18n/t';
import { runCommand } from './run-command';

/** Log the open email into the history; a second click on the same message changes nothing. */
export function EmailActions({ accountId, logged }: { accountId: string; logged: boolean }) {
  const [error, setError] = useState('');
  return (
    <section className="actions">
      <button
        data-testid="log-email"
        disabled={logged}
        onClick={() =>
          runCommand({ type: 'logEmail', accountId }).then(
            () => setError(''),
            (e: Error) => setError(e.message),
          )
        }
      >
        {logged ? `✓ ${t('emailLogged')}` : t('actionLogEmail')}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
