/**
 * Which space a record syncs in: the personal space, or the shared space of the account it belongs
 * to. lib/sync's outbox calls this for every queued write (and for a delete, with the record as it
 * was before the delete), so a deputy receives exactly a shared account and its people, history,
 * follow-ups, meetings and the rest of its dossier — and nothing else.
 */

export const PERSONAL_SPACE = 'personal';

/** Tables whose records belong to one account through their `accountId`. */
export const ACCOUNT_KEYED_TABLES = [
  'contacts',
  'interactions',
  'tasks',
  'meetings',
  'contracts',
  'invoices',
  'complaintCases',
  'personRelations',
  'planFigures',
] as const;

const accountKeyed: ReadonlySet<string> = new Set(ACCOUNT_KEYED_TABLES);

/** Shared space id by account id, as this device knows it (owner or deputy alike). */
export type SpaceOfAccount = (accountId: string) => string | undefined;

const idField = (record: unknown, field: string): string | null => {
  if (typeof record !== 'object' || record === null) return null;
  const value = (record as Record<string, unknown>)[field];
  return typeof value === 'string' && value !== '' ? value : null;
};

/**
 * The space id of one record of `table`: a shared space's id, or PERSONAL_SPACE. Tables that belong
 * to no account (templates, site rules, settings) and records without an account (a person not yet
 * filed) stay personal. A referral links two accounts: it follows the referrer's space when that
 * account is shared, else the referred account's, so the deputy of either sees who brought whom
 * (when both are shared in different spaces, the referrer's deputy sees it).
 */
export function spaceOfRecord(table: string, record: unknown, spaceOfAccount: SpaceOfAccount): string {
  const shared = (accountId: string | null) => (accountId === null ? undefined : spaceOfAccount(accountId));
  if (table === 'accounts') return shared(idField(record, 'id')) ?? PERSONAL_SPACE;
  if (accountKeyed.has(table)) return shared(idField(record, 'accountId')) ?? PERSONAL_SPACE;
  if (table === 'referrals') {
    return shared(idField(record, 'referrerAccountId')) ?? shared(idField(record, 'referredAccountId')) ?? PERSONAL_SPACE;
  }
  return PERSONAL_SPACE;
}

/** The lookup `spaceOfRecord` needs, from the shared spaces a device holds. */
export function spaceLookup(spaces: readonly { spaceId: string; accountId: string }[]): SpaceOfAccount {
  const byAccount = new Map(spaces.map((s) => [s.accountId, s.spaceId]));
  return (accountId) => byAccount.get(accountId);
}
