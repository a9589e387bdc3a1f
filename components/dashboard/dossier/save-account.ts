import { getDb } from '@/lib/db/app-db';
import { updateAccount } from '@/lib/db/repos/accounts';
import type { Account } from '@/lib/schema';
import { guarded } from '@/components/dashboard/guarded';

/** Saves changed account fields with the conflict check; errors come back localized. */
export function saveAccount(id: string, patch: Record<string, unknown>, base: Record<string, unknown>): Promise<void> {
  return guarded(() => updateAccount(getDb(), id, patch as Partial<Account>, base as Partial<Account>)).then(() => undefined);
}
