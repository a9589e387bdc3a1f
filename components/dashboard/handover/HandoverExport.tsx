import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { accountsByName } from '@/lib/db/queries/accounts';
import { tPlural } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import { exportHandover } from '@/lib/io/handover/handover-db';
import { localDay } from '@/lib/time/local-time';
import { downloadText } from '@/components/dashboard/meetings/download';
import { userMessage } from '@/components/dashboard/export/user-message';
import { PassphraseFields, passphraseReady, type PassphraseValue } from './PassphraseFields';

export const HANDOVER_EXTENSION = '.keyside';

type Status = { kind: 'busy' } | { kind: 'done'; accounts: number } | { kind: 'error'; message: string };

/** Choose accounts, set a passphrase, download the encrypted package. */
export function HandoverExport() {
  const accounts = useLiveQuery(() => accountsByName(getDb()), []);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [pass, setPass] = useState<PassphraseValue>({ passphrase: '', confirm: '' });
  const [status, setStatus] = useState<Status>();
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  const ready = chosen.size > 0 && passphraseReady(pass) && status?.kind !== 'busy';

  const run = async () => {
    setStatus({ kind: 'busy' });
    try {
      const { text, accounts: n } = await exportHandover(getDb(), [...chosen], pass.passphrase);
      downloadText(`keyside-handover-${localDay(new Date())}${HANDOVER_EXTENSION}`, text, 'application/octet-stream');
      setStatus({ kind: 'done', accounts: n });
      // The passphrase should not sit in the page once the file exists.
      setPass({ passphrase: '', confirm: '' });
    } catch (e) {
      setStatus({ kind: 'error', message: userMessage(e) });
    }
  };

  if (accounts?.length === 0) return <p className="muted">{t('handoverNoAccounts')}</p>;
  return (
    <div data-testid="handover-export">
      <fieldset className="handover-accounts">
        <legend>{t('handoverChooseAccounts')}</legend>
        <div className="row">
          <button type="button" className="link small" onClick={() => setChosen(new Set(accounts?.map((a) => a.id)))}>
            {t('handoverSelectAll')}
          </button>
          <button type="button" className="link small" onClick={() => setChosen(new Set())}>
            {t('handoverSelectNone')}
          </button>
        </div>
        {accounts?.map((a) => (
          <label key={a.id} className="check">
            <input
              type="checkbox"
              checked={chosen.has(a.id)}
              onChange={(e) => toggle(a.id, e.target.checked)}
              data-testid="handover-account"
              value={a.id}
            />{' '}
            {a.name}
          </label>
        ))}
      </fieldset>
      <PassphraseFields value={pass} onChange={setPass} />
      <button onClick={() => void run()} disabled={!ready} data-testid="handover-export-button">
        {status?.kind === 'busy' ? t('handoverEncrypting') : t('actionHandoverExport')}
      </button>
      {status?.kind === 'done' && (
        <p role="status" data-testid="handover-export-result">
          ✓ {tPlural('handoverExported', status.accounts)}
        </p>
      )}
      {status?.kind === 'error' && (
        <p role="alert" className="error">
          {status.message}
        </p>
      )}
    </div>
  );
}
