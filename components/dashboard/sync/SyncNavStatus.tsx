import { tPlural } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import { useSyncStatus } from './use-sync-status';
import { SYNC_ANCHOR } from './sync-anchor';

const NAV_TEXT = {
  idle: 'syncNav_idle',
  syncing: 'syncNav_syncing',
  offline: 'syncNav_offline',
  error: 'syncNav_error',
} as const;

/** The dashboard navigation's sync line: nothing while sync is off; a link to Settings → Sync otherwise. */
export function SyncNavStatus() {
  const { status } = useSyncStatus();
  if (!status || status.state === 'off') return null;
  const bad = status.state === 'offline' || status.state === 'error';
  return (
    <a
      href={`#/settings/${SYNC_ANCHOR}`}
      className={`sync-nav${bad ? ' sync-nav-bad' : ''}`}
      data-testid="sync-nav-status"
      data-state={status.state}
    >
      <span aria-hidden="true">{bad ? '⚠' : '⟳'}</span> {t(NAV_TEXT[status.state])}
      {status.pending > 0 && <span className="small"> · {tPlural('syncNavPending', status.pending)}</span>}
    </a>
  );
}
