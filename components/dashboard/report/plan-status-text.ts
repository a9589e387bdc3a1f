import { t, type MessageKey } from '@/lib/i18n/t';
import type { Account } from '@/lib/schema';

type PlanStatus = NonNullable<Account['plan']>['status'];

/** The account plan's status in the dossier's own words (the `plan_*` messages). */
export function planStatusText(status: PlanStatus): string {
  return t(`plan_${status.replace('-', '_')}` as MessageKey);
}
