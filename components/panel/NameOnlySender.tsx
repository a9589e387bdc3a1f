import { useState } from 'react';
import { t } from '@/lib/i18n/t';
import type { NameOnlySender as NameOnly } from '@/lib/schema/panel-view';
import type { SearchHit } from '@/lib/messaging/pages-to-worker';
import { ManualSearch } from '@/components/ui/ManualSearch';
import { runCommand } from './run-command';

/**
 * The page shows the sender's name and no address: say so, and let the user confirm which
 * contact it is (one click each) — a name alone never matches by itself. With no namesake, the
 * user searches by hand or creates a dossier (the form NoMatch shows below this).
 */
export function NameOnlySender({ sender }: { sender: NameOnly }) {
  const [error, setError] = useState('');
  const confirm = (contactId: string) =>
    void runCommand({ type: 'confirmNameOnly', contactId, name: sender.name }).catch((e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  // A person picked by hand is confirmed like a namesake; a dossier picked by hand is only shown.
  const pick = (hit: SearchHit) => {
    if (hit.kind === 'contact' && hit.accountId) confirm(hit.id);
    else if (hit.accountId) void runCommand({ type: 'pinAccount', accountId: hit.accountId });
  };
  return (
    <div className="stack" data-testid="name-only">
      <p>{t('panelNameOnly', sender.name)}</p>
      {sender.candidates.length > 0 ? (
        <>
          <h2>{t('panelNameOnlyCandidates')}</h2>
          <ul className="plain">
            {sender.candidates.map((c) => (
              <li key={c.contactId}>
                <button className="hit" onClick={() => confirm(c.contactId)} data-testid="name-candidate">
                  <strong>{c.name}</strong>
                  <span className="muted"> · {c.accountName}</span>
                  {c.title && <span className="muted"> · {c.title}</span>}
                  {c.confirmedBefore && <span className="muted"> · {t('panelNameOnlyChosenBefore')}</span>}
                </button>
              </li>
            ))}
          </ul>
          <p className="muted small">{t('panelNameOnlyHint')}</p>
        </>
      ) : (
        <p className="muted" data-testid="name-only-none">
          {t('panelNameOnlyNone')}
        </p>
      )}
      <ManualSearch label={t('searchPlaceholder')} onPick={pick} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
