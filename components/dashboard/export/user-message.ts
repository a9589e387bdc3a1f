import { toUserFacing } from '@/lib/db/errors';
import { tDynamic } from '@/lib/i18n/t';

/** A failure as the user should read it: a full disk says so (lib/db/errors.ts), anything else is named. */
export function userMessage(e: unknown): string {
  const u = toUserFacing(e);
  return tDynamic(u.key, u.params);
}
