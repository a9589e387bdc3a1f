import type { AppDB } from '@/lib/db/app-db';
import { accountsByCrmKeys, accountsByNamePrefixes } from '@/lib/db/queries/accounts';
import { companyLookupPrefixes, companyNamesMatch, pageCrmKeys, refIsRecord, websiteHost } from '@/lib/matching';
import type { Account, PageContext } from '@/lib/schema';
import type { CompanySuggestion, NewDossierPrefill } from '@/lib/schema/panel-view';

/**
 * The CRM side of the panel's view (compute-view.ts): the dossiers a page's record is linked to,
 * whether a dossier links it, the company-name suggestion, and a new dossier prefilled from it.
 */

/** Dossiers linking the record the page shows, or the page's address (the first match on a CRM page). */
export function linkedAccounts(db: AppDB, ctx: PageContext): Promise<Account[]> {
  return accountsByCrmKeys(db, pageCrmKeys(ctx.url, ctx.record));
}

/** On a record page: whether `account` links this record; undefined elsewhere (no Link button). */
export function recordLinkedTo(account: Account, ctx: PageContext | undefined): boolean | undefined {
  if (!ctx?.record) return undefined;
  return account.crmRefs.some((ref) => refIsRecord(ref, ctx.url, ctx.record));
}

const MAX_SUGGESTIONS = 3;

/** Dossiers named like the company the record shows, for the user to confirm. */
export async function companySuggestions(db: AppDB, ctx: PageContext): Promise<CompanySuggestion[]> {
  const company = ctx.companyName?.trim();
  if (!ctx.record || !company) return [];
  const candidates = await accountsByNamePrefixes(db, companyLookupPrefixes(company));
  return candidates
    .filter((a) => companyNamesMatch(a.name, company))
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, MAX_SUGGESTIONS)
    .map((a) => ({ accountId: a.id, name: a.name }));
}

/** A new dossier from what the record shows: its company, its website's domain, its first email. */
export function prefillFromRecord(ctx: PageContext, freemail: ReadonlySet<string>): NewDossierPrefill {
  const person = ctx.people.find((p) => p.email) ?? ctx.people[0];
  const email = person?.email ?? '';
  const emailDomain = email.split('@')[1]?.toLowerCase() ?? '';
  const isFreemail = freemail.has(emailDomain);
  const website = (ctx.websites ?? []).map(websiteHost).find(Boolean) ?? '';
  return {
    name: person?.name ?? '',
    email,
    domain: website || (isFreemail ? '' : emailDomain),
    company: ctx.companyName ?? '',
    title: '',
    phones: [],
    freemail: isFreemail && !website,
  };
}
