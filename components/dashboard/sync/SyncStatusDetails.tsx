import { formatDateTime } from '@/lib/i18n/format';
import { tPlural } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import type { SyncStatus } from '@/lib/messaging/sync-messages';
import { syncErrorText } from './sync-error-text';

const STATE_TEXT = {
  off: 'syncState_off',
  idle: 'syncState_idle',
  syncing: 'syncState_syncing',
  offline: 'syncState_offline',
  error: 'syncState_error',
} as const;

/** What sync is doing: state, server, last sync (user's locale), waiting changes, merges, the error. */
export function SyncStatusDetails({ status }: { status: SyncStatus }) {
  const bad = status.state === 'offline' || status.state === 'error';
  return (
    <div className="sync-status" data-testid="sync-status" data-state={status.state}>
      <p role="status" className={bad ? 'warn' : undefined} data-testid="sync-state">
        {status.state === 'idle' ? '✓ ' : ''}
        {t(STATE_TEXT[status.state])}
      </p>
      <dl className="facts">
        {status.serverUrl && (
          <>
            <dt>{t('syncServerLabel')}</dt>
            <dd data-testid="sync-server">
              <code>{status.serverUrl}</code>
              {status.username ? ` · ${status.username}` : ''}
            </dd>
          </>
        )}
        <dt>{t('syncLastSync')}</dt>
        <dd data-testid="sync-last">{status.lastSyncAt ? formatDateTime(status.lastSyncAt) : t('syncNeverYet')}</dd>
        <dt>{t('syncPendingLabel')}</dt>
        <dd data-testid="sync-pending" data-count={status.pending}>
          {status.pending === 0 ? t('syncNothingPending') : tPlural('syncPending', status.pending)}
        </dd>
        <dt>{t('syncConflictsLabel')}</dt>
        <dd data-testid="sync-conflicts" data-count={status.conflictsMerged}>
          {status.conflictsMerged === 0 ? t('syncNoConflicts') : tPlural('syncConflicts', status.conflictsMerged)}
        </dd>
      </dl>
      {status.error && (
        <p role="alert" className="error" data-testid="sync-error" data-code={status.error.code} data-retry-at={status.retryAt}>
          {syncErrorText(status.error, status.serverUrl ?? '')}
          {status.retryAt && ` ${t('syncRetryAt', formatDateTime(status.retryAt))}`}
        </p>
      )}
    </div>
  );
}
