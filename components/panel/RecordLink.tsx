import { useState } from 'react';
import { t } from '@/lib/i18n/t';
import { useUndo } from '@/components/ui/undo';
import { runCommand } from './run-command';

/**
 * "Link this record" on a CRM record page: the dossier remembers the record (Account.crmRefs), so
 * the next visit opens it at once, even where the page shows no email. Unlinking offers Undo.
 */
export function RecordLink({ accountId, accountName, linked }: { accountId: string; accountName: string; linked: boolean }) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const offerUndo = useUndo();
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const run = (type: 'linkRecord' | 'unlinkRecord') => {
    setBusy(true);
    setError('');
    return runCommand({ type, accountId }).finally(() => setBusy(false));
  };
  const link = () => void run('linkRecord').catch(fail);
  const unlink = () =>
    void run('unlinkRecord').then(
      () =>
        offerUndo({
          message: t('panelRecordUnlinked', accountName),
          undo: () => runCommand({ type: 'linkRecord', accountId }),
        }),
      fail,
    );
  return (
    <div className="record-link" data-testid="record-link">
      {linked ? (
        <p className="small">
          <span data-testid="record-linked">{t('panelRecordLinked')}</span>{' '}
          <button className="link small" onClick={unlink} disabled={busy} data-testid="unlink-record">
            {t('panelUnlinkRecord')}
          </button>
        </p>
      ) : (
        <button onClick={link} disabled={busy} data-testid="link-record">
          {t('panelLinkRecord')}
        </button>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
