import type { AppDB } from '@/lib/db/app-db';
import { NameConfirmations, type NameConfirmation } from '@/lib/schema/name-confirmation';

export const NAME_CONFIRMATIONS_KEY = 'nameConfirmations';

/** Names the user confirmed as a contact, still waiting for their address (oldest first). */
export async function nameConfirmations(db: AppDB): Promise<NameConfirmation[]> {
  const row = await db.kv.get(NAME_CONFIRMATIONS_KEY);
  // A corrupt row forgets the confirmations rather than breaking the panel: each is one click.
  const parsed = NameConfirmations.safeParse(row?.value ?? []);
  return parsed.success ? parsed.data : [];
}
