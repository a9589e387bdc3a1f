import { useState } from 'react';
import { t } from '@/lib/i18n/t';
import { errorText } from '@/components/ui/error-text';
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
          void runCommand({ type: 'logEmail', accountId }).then(
            () => setError(''),
            (e: unknown) => setError(errorText(e)),
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
