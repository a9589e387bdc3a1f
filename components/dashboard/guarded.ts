import { toUserFacing } from '@/lib/db/errors';
import { tDynamic } from '@/lib/i18n/t';

/** Runs a write; a failure becomes an Error with a localized message (disk full, conflict…). */
export async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    const u = toUserFacing(e);
    throw new Error(tDynamic(u.key, u.params));
  }
}
