import { t } from '@/lib/i18n/t';
import type { SyncError } from '@/lib/messaging/sync-messages';

/** What the user reads for a failed sync request or run; `server` names the server where it helps. */
export function syncErrorText(error: SyncError, server = ''): string {
  switch (error.code) {
    case 'bad-url':
      return t('syncErrBadUrl');
    case 'permission':
      return t('syncErrPermission', server);
    case 'auth':
      return t('syncErrAuth');
    case 'offline':
      return t('syncErrOffline');
    case 'server':
      return t('syncErrServer', error.message);
    case 'bad-words':
      return t('syncErrBadWords');
    case 'wrong-secret':
      return t('syncErrWrongSecret');
    case 'already-on':
      return t('syncErrAlreadyOn');
    case 'not-on':
      return t('syncErrNotOn');
    case 'not-implemented':
      return t('syncErrNotReady');
    case 'not-found':
    case 'bad-request':
    case 'unexpected':
      return t('syncErrUnexpected', error.message);
  }
}
