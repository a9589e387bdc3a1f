import { formatDay } from '@/lib/i18n/format';
import { tPlural } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import type { ContractAlert } from '@/lib/schema/contract-alert';
import { noonOf } from '@/lib/time/local-time';
import { uiLocale } from '@/lib/time/ui-locale';

let weekdays: Intl.DateTimeFormat | undefined;

/** "Fri" within the coming week (the manager thinks in weekdays there), else the date: "12 Mar 2027". */
export function dueWhen(day: string, days: number): string {
  if (days < 0 || days > 6) return formatDay(day);
  weekdays ??= new Intl.DateTimeFormat(uiLocale(), { weekday: 'short' });
  return weekdays.format(noonOf(day));
}

/** One alert as a sentence in the user's language. */
export function contractAlertText(a: ContractAlert): string {
  switch (a.kind) {
    case 'renewal':
      return a.days === 0 ? t('contractAlertRenewalToday') : tPlural('contractAlertRenewal', a.days);
    case 'we-owe':
      return a.overdue
        ? t('contractAlertWeOweOverdue', a.text, formatDay(a.day))
        : t('contractAlertWeOwe', a.text, dueWhen(a.day, a.days));
    case 'client-owes':
      return a.overdue
        ? t('contractAlertClientOwesOverdue', a.text, formatDay(a.day))
        : t('contractAlertClientOwes', a.text, dueWhen(a.day, a.days));
  }
}
