import type { AppDB } from '@/lib/db/app-db';
import type { Account } from '@/lib/schema';

export function accountById(db: AppDB, id: string): Promise<Account | undefined> {
  return db.accounts.get(id);
}

/** Every account, in storage (id) order. */
export function allAccounts(db: AppDB): Promise<Account[]> {
  return db.accounts.toArray();
}

/** Every account, by name (the `name` index): pickers and the week's account list. */
export function accountsByName(db: AppDB): Promise<Account[]> {
  return db.accounts.orderBy('name').toArray();
}

/** Accounts in the order asked for; ids that no longer exist are left out. */
export async function accountsByIds(db: AppDB, ids: readonly string[]): Promise<Account[]> {
  return (await db.accounts.bulkGet([...ids])).filter((a): a is Account => !!a);
}

/**
 * Accounts owning a domain (the `*domains` index), in id order: the panel's fallback match.
 * `byName` sorts them for a list shown to the user (capture suggestions).
 */
export function accountsByDomain(db: AppDB, domain: string, { byName = false } = {}): Promise<Account[]> {
  const rows = db.accounts.where('domains').equals(domain);
  return byName ? rows.sortBy('name') : rows.toArray();
}

/**
 * Accounts that link the CRM record with any of these keys (the `*crmKeys` index, lib/db/crm-keys.ts;
 * keys from lib/matching `pageCrmKeys`), by name: the panel's first match on a CRM page.
 */
export async function accountsByCrmKeys(db: AppDB, keys: readonly string[]): Promise<Account[]> {
  if (keys.length === 0) return [];
  const rows = await db.accounts
    .where('crmKeys')
    .anyOf([...keys])
    .toArray();
  const unique = [...new Map(rows.map((a) => [a.id, a])).values()];
  return unique.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Accounts whose name starts with one of these words, ignoring case (the `name` index): the
 * candidates for a company-name suggestion (lib/matching/company-name.ts).
 */
export function accountsByNamePrefixes(db: AppDB, prefixes: readonly string[], limit = 50): Promise<Account[]> {
  if (prefixes.length === 0) return Promise.resolve([]);
  return db.accounts
    .where('name')
    .startsWithAnyOfIgnoreCase([...prefixes])
    .limit(limit)
    .toArray();
}
