import { Referral, newId, nowIso } from '@/lib/schema';
import type { AppDB } from '@/lib/db/app-db';
import { UserFacingError } from '@/lib/db/errors';

/** One side of a referral: a dossier, or only the name of someone Keyside has no dossier for. */
export type ReferralSide = { accountId: string } | { name: string };

/**
 * Records that `referrer` brought `referred`, on a day. One record serves both dossiers' history
 * (lib/db/queries/referrals.ts reads it from either side), so it is written once, never mirrored.
 */
export async function addReferral(
  db: AppDB,
  input: { referrer: ReferralSide; referred: ReferralSide; on: string; note?: string },
): Promise<Referral> {
  const side = (s: ReferralSide) =>
    'accountId' in s ? { accountId: s.accountId, name: '' } : { accountId: null, name: s.name.trim() };
  const from = side(input.referrer);
  const to = side(input.referred);
  if ((!from.accountId && !from.name) || (!to.accountId && !to.name)) throw new UserFacingError('referralNeedsName');
  if (from.accountId && from.accountId === to.accountId) throw new UserFacingError('referralSelf');
  const rec = Referral.parse({
    id: newId(),
    referrerAccountId: from.accountId,
    referrerName: from.name,
    referredAccountId: to.accountId,
    referredName: to.name,
    on: input.on,
    note: input.note?.trim() ?? '',
    createdAt: nowIso(),
  });
  await db.referrals.add(rec);
  return rec;
}

/** Deletes a referral and returns it, for Undo (restoreReferral). */
export function deleteReferral(db: AppDB, id: string): Promise<Referral | undefined> {
  return db.transaction('rw', db.referrals, async () => {
    const rec = await db.referrals.get(id);
    if (rec) await db.referrals.delete(id);
    return rec;
  });
}

/** Undo of deleteReferral: the same record with the same id, so both dossiers show it again. */
export async function restoreReferral(db: AppDB, rec: Referral): Promise<void> {
  await db.referrals.put(rec);
}
