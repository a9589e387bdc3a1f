import { useState } from 'react';
import { t } from '@/lib/i18n/t';
import type { CompanySuggestion } from '@/lib/schema/panel-view';
import { runCommand } from './run-command';

/**
 * Dossiers named like the company the CRM record shows. A name is never a match by itself: the
 * user confirms ("Is this the client “NordFreight Oy”?" → Yes, link) and the record is linked.
 */
export function CompanySuggestions({ suggestions }: { suggestions: readonly CompanySuggestion[] }) {
  const [error, setError] = useState('');
  const link = (accountId: string) =>
    void runCommand({ type: 'linkRecord', accountId }).catch((e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  return (
    <div className="stack">
      {suggestions.map((s) => (
        <p key={s.accountId} data-testid="company-suggestion">
          {t('panelCompanySuggestion', s.name)}{' '}
          <button onClick={() => link(s.accountId)} data-testid="confirm-suggestion">
            {t('actionLinkSuggested')}
          </button>
        </p>
      ))}
      <p className="muted small">{t('panelCompanySuggestionHint')}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
