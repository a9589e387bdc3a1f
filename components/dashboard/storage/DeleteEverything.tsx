import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { deleteEverything } from '@/lib/db/repos/delete-everything';
import { t } from '@/lib/i18n/t';
import { exportBackup } from '@/lib/io/backup-db';
import { messagesLocale } from '@/lib/time/ui-locale';
import { downloadText } from '@/components/dashboard/meetings/download';
import { userMessage } from '@/components/dashboard/export/user-message';

type Stage = 'closed' | 'open' | 'busy' | 'done';

/** The typed word must match, ignoring case and edge spaces: the point is intent, not spelling of case. */
export function wordMatches(typed: string, word: string): boolean {
  return typed.trim().toLocaleLowerCase() === word.trim().toLocaleLowerCase();
}

/**
 * "Delete everything": offers a backup download first, then deletes only after the user typed
 * the confirmation word of their language. Undo is impossible here, so the friction is the point.
 */
export function DeleteEverything() {
  const [stage, setStage] = useState<Stage>('closed');
  const [typed, setTyped] = useState('');
  const [backedUp, setBackedUp] = useState(false);
  const [error, setError] = useState('');
  const word = t('wipeWord');

  const backup = async () => {
    setError('');
    try {
      const b = await exportBackup(getDb());
      downloadText(`keyside-backup-${b.exportedAt?.slice(0, 10) ?? 'now'}.json`, JSON.stringify(b, null, 1), 'application/json');
      setBackedUp(true);
    } catch (e) {
      setError(userMessage(e));
    }
  };
  const wipe = async () => {
    if (!wordMatches(typed, word)) return;
    setError('');
    setStage('busy');
    try {
      await deleteEverything(getDb(), messagesLocale());
      setStage('done');
      setTyped('');
    } catch (e) {
      setStage('open');
      setError(userMessage(e));
    }
  };

  if (stage === 'closed' || stage === 'done')
    return (
      <div className="danger-zone">
        <h3>{t('wipeTitle')}</h3>
        <p className="muted small">{t('wipeHint')}</p>
        <button className="danger" onClick={() => setStage('open')} data-testid="delete-everything">
          {t('actionWipeStart')}
        </button>
        {stage === 'done' && (
          <p role="status" data-testid="wipe-done">
            ✓ {t('wipeDone')}
          </p>
        )}
      </div>
    );
  return (
    <div className="danger-zone" role="group" aria-labelledby="wipe-title" data-testid="wipe-dialog">
      <h3 id="wipe-title">{t('wipeTitle')}</h3>
      <p>{t('wipeBackupFirst')}</p>
      <button onClick={() => void backup()} data-testid="wipe-backup">
        {t('actionWipeBackup')}
      </button>
      {backedUp && (
        <span role="status" className="small">
          {' '}
          ✓ {t('wipeBackupSaved')}
        </span>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void wipe();
        }}
      >
        <label>
          {t('wipeTypeWord', word)}{' '}
          <input
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            data-testid="wipe-confirm-word"
          />
        </label>{' '}
        <button
          type="submit"
          className="danger"
          disabled={!wordMatches(typed, word) || stage === 'busy'}
          data-testid="wipe-confirm"
        >
          {t('actionWipeConfirm')}
        </button>{' '}
        <button type="button" onClick={() => setStage('closed')}>
          {t('actionCancel')}
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
