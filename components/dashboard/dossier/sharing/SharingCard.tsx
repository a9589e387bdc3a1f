import { useCallback, useEffect, useState } from 'react';
import { tPlural } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/protocol';
import type { SyncError, SyncMember } from '@/lib/messaging/sync-messages';
import { fingerprintOf } from '@/lib/sync/sharing/fingerprint';
import { type Invite, readInviteCode } from '@/lib/sync/sharing/invite-code';
import { Fingerprint } from './Fingerprint';
import { inviteProblemText, shareErrorText } from './share-error-text';

type Step =
  | { kind: 'idle' }
  | { kind: 'paste'; code: string; problem?: string }
  | { kind: 'compare'; invite: Invite; fingerprint: string }
  | { kind: 'declined' };

const transportError = (e: unknown): SyncError => ({ code: 'unexpected', message: String(e) });

const fetchMembers = (accountId: string) =>
  sendMessage('sync.members', { accountId }).catch((e: unknown) => ({ ok: false as const, error: transportError(e) }));

/**
 * Sharing one account with a deputy (issue 15): who it is shared with, "Share account…" (paste the
 * deputy's invite code, compare the fingerprint with what the deputy sees in their Settings, only
 * then share) and "Stop sharing" per deputy, which revokes and rotates the key in the worker.
 */
export function SharingCard({ accountId, accountName }: { accountId: string; accountName: string }) {
  const [members, setMembers] = useState<SyncMember[] | null>(null);
  const [role, setRole] = useState<'owner' | 'deputy' | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const apply = useCallback((r: Awaited<ReturnType<typeof fetchMembers>>) => {
    if (r.ok) {
      setMembers(r.members);
      setRole(r.role ?? null);
      return;
    }
    setMembers([]);
    if (r.error.code !== 'not-on' && r.error.code !== 'not-implemented') setError(shareErrorText(r.error));
  }, []);
  const reload = () => fetchMembers(accountId).then(apply);

  useEffect(() => {
    let live = true;
    void fetchMembers(accountId).then((r) => {
      if (live) apply(r);
    });
    return () => {
      live = false;
    };
  }, [accountId, apply]);

  const deputies = (members ?? []).filter((m) => m.role === 'deputy');
  const owner = (members ?? []).find((m) => m.role === 'owner');

  // A deputy's copy: who shared it, and no sharing controls (only the owner shares or stops).
  if (role === 'deputy') {
    const by = owner ? owner.name || owner.username : '';
    return (
      <section className="card" data-testid="sharing-card" aria-labelledby="sharing-title">
        <header className="card-head">
          <h2 id="sharing-title">{t('shareTitle')}</h2>
        </header>
        <p data-testid="shared-with-you">{t('shareSharedWithYou', by)}</p>
        {owner && <Fingerprint value={owner.fingerprint} testId="shared-by-fingerprint" />}
        <p className="muted small">{t('shareSharedWithYouHint', by)}</p>
      </section>
    );
  }

  const readCode = async (code: string) => {
    const read = readInviteCode(code);
    if (!read.ok) {
      setStep({ kind: 'paste', code, problem: inviteProblemText(read.problem) });
      return;
    }
    setStep({ kind: 'compare', invite: read.invite, fingerprint: await fingerprintOf(read.invite.publicKey) });
  };

  const share = async (invite: Invite) => {
    setBusy(true);
    setError(null);
    const r = await sendMessage('sync.share', {
      accountId,
      deputy: { publicKey: invite.publicKey, username: invite.username, name: invite.name },
    }).catch((e: unknown) => ({ ok: false as const, error: transportError(e) }));
    setBusy(false);
    if (!r.ok) {
      setError(shareErrorText(r.error));
      return;
    }
    setStep({ kind: 'idle' });
    setNotice(t('shareDone', invite.name || invite.username));
    await reload();
  };

  const stop = async (member: SyncMember) => {
    if (!confirm(t('shareStopConfirm', member.name || member.username, accountName))) return;
    setBusy(true);
    setError(null);
    const r = await sendMessage('sync.unshare', { accountId, fingerprint: member.fingerprint }).catch((e: unknown) => ({
      ok: false as const,
      error: transportError(e),
    }));
    setBusy(false);
    if (!r.ok) {
      setError(shareErrorText(r.error));
      return;
    }
    setNotice(t('shareStopped', member.name || member.username));
    await reload();
  };

  return (
    <section className="card" data-testid="sharing-card" aria-labelledby="sharing-title">
      <header className="card-head">
        <h2 id="sharing-title">{t('shareTitle')}</h2>
        {deputies.length > 0 && (
          <span className="badge" data-testid="shared-badge">
            {tPlural('shareBadge', deputies.length)}
          </span>
        )}
        {step.kind === 'idle' && (
          <button
            className="link small"
            onClick={() => {
              setNotice(null);
              setError(null);
              setStep({ kind: 'paste', code: '' });
            }}
            data-testid="share-account"
          >
            {t('shareAction')}
          </button>
        )}
      </header>
      {members === null && <p className="muted">{t('loading')}</p>}
      {members !== null && deputies.length === 0 && step.kind === 'idle' && <p className="muted small">{t('shareNotShared')}</p>}
      {deputies.length > 0 && (
        <ul className="plain" data-testid="share-members">
          {deputies.map((m) => (
            <li key={m.fingerprint} data-testid="share-member">
              <strong>{m.name || m.username}</strong> <span className="muted small">{m.username}</span>
              <br />
              <Fingerprint value={m.fingerprint} />
              <button className="link small danger" disabled={busy} onClick={() => void stop(m)} data-testid="share-stop">
                {t('shareStop')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {step.kind === 'paste' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void readCode(step.code);
          }}
        >
          <label htmlFor="share-invite">{t('shareInviteLabel')}</label>
          <textarea
            id="share-invite"
            data-testid="share-invite-code"
            rows={3}
            autoFocus
            spellCheck={false}
            value={step.code}
            aria-invalid={step.problem ? true : undefined}
            aria-describedby="share-invite-hint"
            onChange={(e) => setStep({ kind: 'paste', code: e.target.value })}
          />
          <p
            id="share-invite-hint"
            className={step.problem ? 'error small' : 'muted small'}
            role={step.problem ? 'alert' : undefined}
          >
            {step.problem ?? t('shareInviteHint')}
          </p>
          <button type="submit" disabled={!step.code.trim()} data-testid="share-invite-read">
            {t('shareInviteNext')}
          </button>{' '}
          <button type="button" onClick={() => setStep({ kind: 'idle' })}>
            {t('actionCancel')}
          </button>
        </form>
      )}
      {step.kind === 'compare' && (
        <div role="group" aria-labelledby="share-compare-title" data-testid="share-compare">
          <p id="share-compare-title">{t('shareCompare', step.invite.name || step.invite.username)}</p>
          <Fingerprint value={step.fingerprint} testId="share-compare-fingerprint" />
          <p className="muted small">{t('shareCompareHint', accountName)}</p>
          <button disabled={busy} onClick={() => void share(step.invite)} data-testid="share-confirm">
            {t('shareMatch')}
          </button>{' '}
          <button disabled={busy} onClick={() => setStep({ kind: 'declined' })} data-testid="share-mismatch">
            {t('shareNoMatch')}
          </button>
        </div>
      )}
      {step.kind === 'declined' && (
        <p role="alert" className="error" data-testid="share-declined">
          {t('shareDeclined')}{' '}
          <button className="link small" onClick={() => setStep({ kind: 'idle' })}>
            {t('actionCancel')}
          </button>
        </p>
      )}
      {error && (
        <p role="alert" className="error" data-testid="share-error">
          {error}
        </p>
      )}
      {notice && (
        <p role="status" className="small" data-testid="share-status">
          ✓ {notice}
        </p>
      )}
    </section>
  );
}
