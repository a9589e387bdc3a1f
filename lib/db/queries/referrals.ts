import type { AppDB } from '@/lib/db/app-db';
import type { Account, Referral } from '@/lib/schema';

export interface AccountReferrals {
  /** Who brought this client to us (this account is the referred side). */
  referredBy: Referral[];
  /** Whom this client brought to us (this account is the referrer). */
  referredToUs: Referral[];
}

const byDay = (a: Referral, b: Referral) => b.on.localeCompare(a.on);

/** An account's referrals from both sides, through the two indexes, newest first. */
export async function referralsOf(db: AppDB, accountId: string): Promise<AccountReferrals> {
  return db.transaction('r', db.referrals, async () => {
    const [referredBy, referredToUs] = await Promise.all([
      db.referrals.where('referredAccountId').equals(accountId).toArray(),
      db.referrals.where('referrerAccountId').equals(accountId).toArray(),
    ]);
    return { referredBy: referredBy.sort(byDay), referredToUs: referredToUs.sort(byDay) };
  });
}

/**
 * Accounts whose name contains `text` (ignoring case), by name, at most `limit`, without
 * `exceptId`: the suggestions of the referral picker. Names starting with the text come first.
 */
export async function accountsNamedLike(
  db: AppDB,
  text: string,
  { limit = 8, exceptId }: { limit?: number; exceptId?: string } = {},
): Promise<Account[]> {
  const q = text.trim().toLocaleLowerCase();
  if (!q) return [];
  const found = await db.accounts
    .orderBy('name')
    .filter((a) => a.id !== exceptId && a.name.toLocaleLowerCase().includes(q))
    .limit(limit * 4)
    .toArray();
  const starts = (a: Account) => (a.name.toLocaleLowerCase().startsWith(q) ? 0 : 1);
  return found.sort((a, b) => starts(a) - starts(b)).slice(0, limit);
}

/** An account's referrals with the names of the dossiers on their other side (id → name). */
export async function referralsWithNames(
  db: AppDB,
  accountId: string,
): Promise<AccountReferrals & { names: Record<string, string> }> {
  const refs = await referralsOf(db, accountId);
  const ids = [...refs.referredBy.map((r) => r.referrerAccountId), ...refs.referredToUs.map((r) => r.referredAccountId)].filter(
    (id): id is string => id !== null,
  );
  const found = await db.accounts.bulkGet([...new Set(ids)]);
  return { ...refs, names: Object.fromEntries(found.filter((a) => a !== undefined).map((a) => [a.id, a.name])) };
}

/**
 * The other side of a referral as seen from this account: `by` is whoever referred this client,
 * `to` whoever this client referred. `accountId` stays set for a deleted dossier (`name` is then
 * the name typed with it, or '' — the caller shows "account deleted").
 */
export function otherSide(
  r: Referral,
  direction: 'by' | 'to',
  names: Readonly<Record<string, string>>,
): { accountId: string | null; name: string; exists: boolean } {
  const accountId = direction === 'by' ? r.referrerAccountId : r.referredAccountId;
  const typed = direction === 'by' ? r.referrerName : r.referredName;
  const known = accountId === null ? undefined : names[accountId];
  return { accountId, name: known ?? typed, exists: known !== undefined };
}
