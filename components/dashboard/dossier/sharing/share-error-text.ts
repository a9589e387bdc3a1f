import { t } from '@/lib/i18n/t';
import type { SyncError } from '@/lib/messaging/sync-messages';
import type { InviteProblem } from '@/lib/sync/sharing/invite-code';

/** What the owner reads when sharing fails, per error code of the sharing messages. */
export function shareErrorText(error: SyncError): string {
  switch (error.code) {
    case 'not-on':
    case 'not-implemented':
      return t('shareErrorSyncOff');
    case 'auth':
      return t('shareErrorAuth');
    case 'offline':
      return t('shareErrorOffline');
    case 'not-found':
      return t('shareErrorNotFound');
    case 'bad-request':
      return t('shareErrorRefused', error.message);
    default:
      return t('shareErrorOther', error.message);
  }
}

/** Why a pasted invite code was not accepted. */
export function inviteProblemText(problem: InviteProblem): string {
  switch (problem) {
    case 'checksum':
      return t('shareInviteIncomplete');
    case 'key':
      return t('shareInviteNoKey');
    case 'too-long':
      return t('shareInviteTooLong');
    default:
      return t('shareInviteNotACode');
  }
}
