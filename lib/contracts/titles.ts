import { formatDay } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import type { DerivedTitles } from './derived-tasks';

/** Derived follow-up titles in the user's language, dates in their format (stored as written). */
export function derivedTitles(): DerivedTitles {
  return {
    renewal: (contract, renewalDay, noticeDay) =>
      noticeDay
        ? t('contractTaskRenewalNotice', contract, formatDay(renewalDay), formatDay(noticeDay))
        : t('contractTaskRenewal', contract, formatDay(renewalDay)),
    obligation: (contract, text) => t('contractTaskObligation', text, contract),
  };
}
