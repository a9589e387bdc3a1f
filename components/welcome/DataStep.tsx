import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { demoBackup } from '@/lib/demo/demo-data';
import { getDb } from '@/lib/db/app-db';
import { tPlural } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import { importBackupText } from '@/lib/io/backup-db';
import { errorText } from '@/components/ui/error-text';

/**
 * The user's clients: bring a backup or contacts file (the dashboard's Backup page does both, with
 * its previews and confirmations), or look around on the demo dossiers first.
 */
export function DataStep({ onDone }: { onDone: () => void }) {
  const db = getDb();
  const accounts = useLiveQuery(() => db.accounts.count(), []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const loadDemo = () => {
    setBusy(true);
    setError('');
    importBackupText(db, JSON.stringify(demoBackup())).then(
      () => onDone(),
      (e: unknown) => {
        setBusy(false);
        setError(errorText(e));
      },
    );
  };
  return (
    <>
      <p>{t('welcomeDataText')}</p>
      {accounts !== undefined && accounts > 0 && (
        <p className="muted" role="status" data-testid="welcome-accounts-count">
          {tPlural('welcomeAccountsStored', accounts)}
        </p>
      )}
      <ul className="welcome-choices">
        <li>
          <a className="button" href={browser.runtime.getURL('/dashboard.html#/backup')} data-testid="welcome-import">
            {t('welcomeImport')}
          </a>
          <span className="muted small"> {t('welcomeImportHint')}</span>
        </li>
        <li>
          <button className="secondary" onClick={loadDemo} disabled={busy} data-testid="welcome-load-demo">
            {t('actionLoadDemo')}
          </button>
          <span className="muted small"> {t('welcomeDemoHint')}</span>
        </li>
      </ul>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
