import { useEffect, useRef, useState } from 'react';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/protocol';
import type { SyncError } from '@/lib/messaging/sync-messages';
import { errorText } from '@/components/ui/error-text';
import { useHashRoute } from '../use-hash-route';
import { ConnectForm, type ConnectMode } from './ConnectForm';
import { RecoverySecret } from './RecoverySecret';
import { syncErrorText } from './sync-error-text';
import { SYNC_ANCHOR } from './sync-anchor';
import { refreshSyncStatus } from './sync-status-store';
import { SyncStatusDetails } from './SyncStatusDetails';
import { useSyncStatus } from './use-sync-status';
import './sync.css';

type Flow =
  { kind: 'status' } | { kind: 'connect'; mode: ConnectMode } | { kind: 'secret'; words: string[] } | { kind: 'forget' };

/**
 * Settings → Sync: connect to a CouchDB server (a new recovery secret, or join with the secret of
 * another device), see what sync is doing, sync now, turn it off (data stays), forget the server
 * (only the sync state goes). The worker does the work (lib/messaging/pages-to-worker.ts, sync.*).
 */
export function SyncCard() {
  const [, anchor] = useHashRoute();
  const focus = anchor === SYNC_ANCHOR;
  const { status, unreachable } = useSyncStatus();
  const [flow, setFlow] = useState<Flow>({ kind: 'status' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.scrollIntoView({ block: 'start' });
  }, [focus]);

  const act = async (run: () => Promise<{ ok: true } | { ok: false; error: SyncError }>, done: string) => {
    setBusy(true);
    setError('');
    setNotice('');
    try {
      const r = await run();
      if (r.ok) {
        setNotice(done);
        setFlow({ kind: 'status' });
      } else setError(syncErrorText(r.error, status?.serverUrl ?? ''));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
      void refreshSyncStatus();
    }
  };

  const on = status !== undefined && status.state !== 'off';
  const remembered = status?.state === 'off' && status.serverUrl !== undefined;

  return (
    <div className="card sync-card" id={SYNC_ANCHOR} ref={ref} data-testid="sync-card" tabIndex={-1}>
      <h2>{t('syncTitle')}</h2>
      {status === undefined ? (
        <p className="muted" data-testid="sync-loading">
          {unreachable ? t('syncWorkerUnreachable') : t('loading')}
        </p>
      ) : flow.kind === 'secret' ? (
        <RecoverySecret
          words={flow.words}
          onDone={() => {
            setFlow({ kind: 'status' });
            setNotice(t('syncTurnedOn'));
          }}
        />
      ) : flow.kind === 'connect' ? (
        <ConnectForm
          mode={flow.mode}
          initial={{ serverUrl: status.serverUrl, username: status.username }}
          onEnabled={(words) => setFlow({ kind: 'secret', words })}
          onJoined={() => {
            setFlow({ kind: 'status' });
            setNotice(t('syncJoined'));
          }}
          onCancel={() => setFlow({ kind: 'status' })}
        />
      ) : (
        <>
          {!on && <p className="muted small">{t('syncIntro')}</p>}
          {remembered && (
            <p data-testid="sync-remembered">{t('syncOffRemembered', status.serverUrl ?? '', status.username ?? '')}</p>
          )}
          {on && <SyncStatusDetails status={status} />}
          <div className="sync-actions">
            {on ? (
              <>
                <button
                  disabled={busy || status.state === 'syncing'}
                  onClick={() => void act(() => sendMessage('sync.runNow', undefined), '')}
                  data-testid="sync-now"
                >
                  {t('actionSyncNow')}
                </button>
                <button
                  className="secondary"
                  disabled={busy}
                  onClick={() => void act(() => sendMessage('sync.disable', undefined), t('syncTurnedOff'))}
                  data-testid="sync-turn-off"
                >
                  {t('actionSyncTurnOff')}
                </button>
              </>
            ) : (
              <>
                <button onClick={() => setFlow({ kind: 'connect', mode: 'enable' })} data-testid="sync-turn-on">
                  {t('actionSyncTurnOn')}
                </button>
                <button
                  className="secondary"
                  onClick={() => setFlow({ kind: 'connect', mode: 'join' })}
                  data-testid="sync-join-start"
                >
                  {t('actionSyncJoin')}
                </button>
              </>
            )}
            {(on || remembered) && flow.kind !== 'forget' && (
              <button className="link" disabled={busy} onClick={() => setFlow({ kind: 'forget' })} data-testid="sync-forget">
                {t('actionSyncForget')}
              </button>
            )}
          </div>
          {flow.kind === 'forget' && (
            <div className="danger-zone" role="group" aria-labelledby="sync-forget-q" data-testid="sync-forget-dialog">
              <p id="sync-forget-q">{t('syncForgetQuestion', status.serverUrl ?? '')}</p>
              <button
                className="danger"
                disabled={busy}
                autoFocus
                onClick={() => void act(() => sendMessage('sync.forget', undefined), t('syncForgotten'))}
                data-testid="sync-forget-confirm"
              >
                {t('actionSyncForgetConfirm')}
              </button>{' '}
              <button className="secondary" onClick={() => setFlow({ kind: 'status' })}>
                {t('actionCancel')}
              </button>
            </div>
          )}
        </>
      )}
      {notice && flow.kind === 'status' && (
        <p role="status" className="small" data-testid="sync-notice">
          ✓ {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="error" data-testid="sync-action-error">
          {error}
        </p>
      )}
    </div>
  );
}
