import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { formatNumber } from '@/lib/i18n/format';
import { tPlural } from '@/lib/i18n/plural';
import { t, type MessageKey } from '@/lib/i18n/t';
import { writeBackup } from '@/lib/io/backup-db';
import { MAX_PACKAGE_CHARS } from '@/lib/io/handover/format';
import { planHandoverImport, type HandoverPlan } from '@/lib/io/handover/handover-db';
import { userMessage } from '@/components/dashboard/export/user-message';
import { failureText } from './failure-text';
import { HANDOVER_EXTENSION } from './HandoverExport';

type Opened = Extract<HandoverPlan, { ok: true }>;
type Status =
  | { kind: 'busy' }
  | { kind: 'error'; message: string }
  | { kind: 'preview'; opened: Opened }
  | { kind: 'done'; accounts: number };

/**
 * Opens a package with its passphrase, shows what it adds and replaces, and writes only on the
 * user's yes — all or nothing, through the backup import's transaction (lib/io/backup-db.ts).
 */
export function HandoverImport() {
  const [file, setFile] = useState<File>();
  const [passphrase, setPassphrase] = useState('');
  const [status, setStatus] = useState<Status>();

  const open = async (e: { preventDefault(): void }) => {
    e.preventDefault();
    if (!file) return;
    if (file.size > MAX_PACKAGE_CHARS) {
      setStatus({ kind: 'error', message: failureText({ ok: false, reason: 'too-large' }) });
      return;
    }
    setStatus({ kind: 'busy' });
    try {
      const planned = await planHandoverImport(getDb(), await file.text(), passphrase);
      setStatus(planned.ok ? { kind: 'preview', opened: planned } : { kind: 'error', message: failureText(planned) });
    } catch (err) {
      setStatus({ kind: 'error', message: `${userMessage(err)} ${t('handoverNothingImported')}` });
    }
  };

  const confirm = async (opened: Opened) => {
    setStatus({ kind: 'busy' });
    try {
      const counts = await writeBackup(getDb(), opened.backup);
      setStatus({ kind: 'done', accounts: counts.accounts });
      setPassphrase('');
    } catch (err) {
      setStatus({ kind: 'error', message: `${userMessage(err)} ${t('handoverNothingImported')}` });
    }
  };

  return (
    <div data-testid="handover-import">
      <form onSubmit={(e) => void open(e)}>
        <label className="file">
          {t('handoverChoosePackage')}{' '}
          <input
            type="file"
            accept={`${HANDOVER_EXTENSION},application/octet-stream,application/json`}
            onChange={(e) => {
              setFile(e.target.files?.[0]);
              setStatus(undefined);
            }}
            data-testid="handover-file"
          />
        </label>
        <label>
          {t('handoverImportPassphrase')}
          <input
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            data-testid="handover-import-passphrase"
          />
        </label>
        <button type="submit" disabled={!file || !passphrase || status?.kind === 'busy'} data-testid="handover-open">
          {t('actionHandoverOpen')}
        </button>
      </form>
      {status?.kind === 'busy' && (
        <p role="status" className="muted">
          {t('handoverOpening')}
        </p>
      )}
      {status?.kind === 'error' && (
        <p role="alert" className="import-result problems" data-testid="handover-import-error">
          {status.message}
        </p>
      )}
      {status?.kind === 'preview' && (
        <div role="status" className="import-result confirm" data-testid="handover-preview">
          <p>{t('handoverPreviewAccounts', status.opened.accountNames.join(', '))}</p>
          <ul>
            {Object.entries(status.opened.plan.adds)
              .filter(([table, n]) => n > 0 || status.opened.plan.replaces[table as keyof Opened['plan']['replaces']] > 0)
              .map(([table, n]) => (
                <li key={table} data-testid={`handover-plan-${table}`}>
                  {t(`table_${table}` as MessageKey)}:{' '}
                  {t(
                    'handoverPlanLine',
                    formatNumber(n),
                    formatNumber(status.opened.plan.replaces[table as keyof Opened['plan']['replaces']]),
                  )}
                </li>
              ))}
          </ul>
          <button onClick={() => void confirm(status.opened)} data-testid="handover-import-confirm">
            {t('actionHandoverImport')}
          </button>{' '}
          <button onClick={() => setStatus(undefined)} data-testid="handover-import-cancel">
            {t('actionCancel')}
          </button>
        </div>
      )}
      {status?.kind === 'done' && (
        <p role="status" className="import-result ok" data-testid="handover-import-result">
          ✓ {tPlural('handoverImported', status.accounts)}
        </p>
      )}
    </div>
  );
}
