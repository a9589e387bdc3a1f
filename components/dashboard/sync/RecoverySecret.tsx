import { useId, useState } from 'react';
import { t } from '@/lib/i18n/t';
import { QrCode } from './QrCode';

/**
 * The recovery secret, shown once right after sync was turned on: the words in order and the
 * same words as a QR code. It stays until the user confirms they wrote it down; the worker
 * never shows it again (lib/messaging/pages-to-worker.ts, `sync.enable`).
 */
export function RecoverySecret({ words, onDone }: { words: string[]; onDone: () => void }) {
  const [written, setWritten] = useState(false);
  const titleId = useId();
  return (
    <section className="sync-secret" role="group" aria-labelledby={titleId} data-testid="sync-secret">
      <h3 id={titleId}>{t('syncSecretTitle')}</h3>
      <p>{t('syncSecretHint')}</p>
      <div className="sync-secret-body">
        <ol className="sync-words" data-testid="sync-recovery-words">
          {words.map((w, i) => (
            <li key={i} data-testid="sync-recovery-word">
              {w}
            </li>
          ))}
        </ol>
        <QrCode text={words.join(' ')} label={t('syncSecretQrLabel')} testId="sync-qr" />
      </div>
      <label className="sync-check">
        <input type="checkbox" checked={written} onChange={(e) => setWritten(e.target.checked)} data-testid="sync-written-down" />{' '}
        {t('syncWrittenDown')}
      </label>{' '}
      <button disabled={!written} onClick={onDone} data-testid="sync-secret-done">
        {t('actionSyncSecretDone')}
      </button>
    </section>
  );
}
