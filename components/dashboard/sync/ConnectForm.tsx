import { useState, type SubmitEvent } from 'react';
import { tPlural } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/protocol';
import type { SyncError } from '@/lib/messaging/sync-messages';
import { errorText } from '@/components/ui/error-text';
import { parseRecoveryWords, RECOVERY_WORD_COUNT, wordsReady } from './recovery-words';
import { parseSyncServer } from './server-url';
import { syncErrorText } from './sync-error-text';
import { refreshSyncStatus } from './sync-status-store';

export type ConnectMode = 'enable' | 'join';

/**
 * Server address, user name and password; in `join` mode also the recovery words of the first
 * device. The browser's permission for the server's origin is asked for inside the submit (it
 * needs the user's gesture), before anything is sent to the worker.
 */
export function ConnectForm({
  mode,
  initial,
  onEnabled,
  onJoined,
  onCancel,
}: {
  mode: ConnectMode;
  initial: { serverUrl?: string; username?: string };
  onEnabled: (words: string[]) => void;
  onJoined: () => void;
  onCancel: () => void;
}) {
  const [server, setServer] = useState(initial.serverUrl ?? '');
  const [username, setUsername] = useState(initial.username ?? '');
  const [password, setPassword] = useState('');
  const [wordsText, setWordsText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const parsed = parseRecoveryWords(wordsText);
  const wordsOk = mode === 'enable' || wordsReady(parsed);

  const fail = (e: SyncError, origin: string) => {
    setBusy(false);
    setError(syncErrorText(e, origin));
  };

  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const target = parseSyncServer(server);
    if (!target) {
      setError(syncErrorText({ code: 'bad-url', message: '' }));
      return;
    }
    if (!username.trim() || !password || !wordsOk) return;
    setError('');
    setBusy(true);
    const login = { serverUrl: target.serverUrl, username: username.trim(), password };
    // Synchronously inside the submit: permissions.request needs the user's gesture.
    browser.permissions
      .request({ origins: [target.pattern] })
      .then(async (granted) => {
        if (!granted) {
          fail({ code: 'permission', message: '' }, target.origin);
          return;
        }
        if (mode === 'enable') {
          const r = await sendMessage('sync.enable', login);
          if (!r.ok) {
            fail(r.error, target.origin);
            return;
          }
          setPassword('');
          onEnabled(r.recoveryWords);
        } else {
          const r = await sendMessage('sync.join', { ...login, recoveryWords: parsed.words });
          if (!r.ok) {
            fail(r.error, target.origin);
            return;
          }
          setPassword('');
          setWordsText('');
          onJoined();
        }
        setBusy(false);
        void refreshSyncStatus();
      })
      .catch((err: unknown) => {
        setBusy(false);
        setError(errorText(err));
      });
  };

  return (
    <form className="stack sync-form" onSubmit={submit} data-testid={`sync-form-${mode}`} aria-busy={busy}>
      <p className="muted small">{mode === 'enable' ? t('syncEnableHint') : t('syncJoinHint')}</p>
      <label>
        {t('fieldSyncServer')}
        <input
          value={server}
          onChange={(e) => setServer(e.target.value)}
          placeholder="https://couch.example.com"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          required
          data-testid="sync-server-url"
        />
      </label>
      <label>
        {t('fieldSyncUsername')}
        <input
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoComplete="username"
          spellCheck={false}
          required
          data-testid="sync-username"
        />
      </label>
      <label>
        {t('fieldSyncPassword')}
        <input
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          required
          data-testid="sync-password"
        />
      </label>
      {mode === 'join' && (
        <label>
          {t('fieldSyncWords')}
          <textarea
            value={wordsText}
            onChange={(e) => setWordsText(e.target.value)}
            rows={4}
            spellCheck={false}
            autoComplete="off"
            aria-describedby="sync-words-check"
            aria-invalid={parsed.unknown.length > 0 || parsed.words.length > RECOVERY_WORD_COUNT}
            data-testid="sync-join-words"
          />
          <span id="sync-words-check" className="small" data-testid="sync-words-check">
            {tPlural('syncWordsCount', parsed.words.length)}
            {parsed.unknown.length > 0 &&
              ` · ${t('syncWordsUnknown', parsed.unknown.map((i) => `${i + 1}. ${parsed.words[i] ?? ''}`).join(', '))}`}
          </span>
        </label>
      )}
      <div className="sync-actions">
        <button type="submit" disabled={busy || !wordsOk} data-testid="sync-submit">
          {busy ? t('syncConnecting') : mode === 'enable' ? t('actionSyncTurnOn') : t('actionSyncJoin')}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
          {t('actionCancel')}
        </button>
      </div>
      {error && (
        <p role="alert" className="error" data-testid="sync-form-error">
          {error}
        </p>
      )}
    </form>
  );
}
