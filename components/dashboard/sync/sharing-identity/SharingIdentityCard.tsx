import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/protocol';
import { formatInviteCode } from '@/lib/sync/sharing/invite-code';
import { Fingerprint } from '@/components/dashboard/dossier/sharing/Fingerprint';
import { shareErrorText } from '@/components/dashboard/dossier/sharing/share-error-text';
import { useSyncStatus } from '../use-sync-status';

const NAME_KEY = 'keyside.sharing.myName';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'off'; message: string }
  | { kind: 'ready'; publicKey: string; fingerprint: string; username: string };

/**
 * Settings → Sharing: this user's invite code (public key, server user name and the name they go
 * by) to send to an owner who shares an account with them, and the fingerprint the owner compares
 * with theirs before sharing.
 */
export function SharingIdentityCard() {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [name, setName] = useState(() => localStorage.getItem(NAME_KEY) ?? '');
  const [copied, setCopied] = useState(false);

  // Sync turned on or off on this same page (the Sync card above): ask for the identity again.
  const syncOn = (useSyncStatus().status?.state ?? 'off') !== 'off';

  useEffect(() => {
    void (async () => {
      const status = await sendMessage('sync.status', undefined).catch(() => null);
      const id = await sendMessage('sync.identity', undefined).catch((e: unknown) => ({
        ok: false as const,
        error: { code: 'unexpected' as const, message: String(e) },
      }));
      if (!id.ok) setLoaded({ kind: 'off', message: shareErrorText(id.error) });
      else setLoaded({ kind: 'ready', publicKey: id.publicKey, fingerprint: id.fingerprint, username: status?.username ?? '' });
    })();
  }, [syncOn]);

  const code =
    loaded.kind === 'ready'
      ? formatInviteCode({ publicKey: loaded.publicKey, username: loaded.username, name: name.trim() })
      : '';

  const copy = async () => {
    await navigator.clipboard.writeText(code);
    setCopied(true);
  };

  return (
    <div className="card" data-testid="sharing-identity-card">
      <h2>{t('shareIdentityTitle')}</h2>
      {loaded.kind === 'loading' && <p className="muted">{t('loading')}</p>}
      {loaded.kind === 'off' && <p className="muted small">{loaded.message}</p>}
      {loaded.kind === 'ready' && (
        <>
          <p className="small">{t('shareIdentityHint')}</p>
          <label htmlFor="sharing-my-name">{t('shareIdentityName')}</label>
          <input
            id="sharing-my-name"
            data-testid="sharing-my-name"
            value={name}
            maxLength={100}
            onChange={(e) => {
              setName(e.target.value);
              setCopied(false);
              localStorage.setItem(NAME_KEY, e.target.value);
            }}
          />
          <label htmlFor="sharing-invite-code">{t('shareIdentityCode')}</label>
          <textarea
            id="sharing-invite-code"
            data-testid="sharing-invite-code"
            readOnly
            rows={3}
            value={code}
            spellCheck={false}
          />
          <button onClick={() => void copy()} data-testid="sharing-copy">
            {t('shareIdentityCopy')}
          </button>
          {copied && (
            <span role="status" className="small">
              {' '}
              ✓ {t('shareIdentityCopied')}
            </span>
          )}
          <p className="small">{t('shareIdentityFingerprint')}</p>
          <Fingerprint value={loaded.fingerprint} testId="sharing-my-fingerprint" />
        </>
      )}
    </div>
  );
}
