import { t } from '@/lib/i18n/t';
import type { CaseStatus } from '@/lib/schema';

/** A complaint case's status in words: one helper, so the dossier and the panel name it alike. */
export function caseStatusLabel(status: CaseStatus): string {
  switch (status) {
    case 'open':
      return t('caseStatusOpen');
    case 'in-progress':
      return t('caseStatusInProgress');
    case 'resolved':
      return t('caseStatusResolved');
  }
}
