import type { Account, Contact, PagePerson } from '@/lib/schema';
import type { MatchLookup } from './types';
import { domainCandidates, domainLookupForms, domainOf, emailLookupKeys, isWithinDomains } from './normalize';

export interface ContactHit {
  contact: Contact;
  /** Missing when the contact has no account, or its account no longer exists. */
  account?: Account;
}

export type PersonOutcome =
  { type: 'internal' } | { type: 'contacts'; hits: ContactHit[] } | { type: 'domain'; accounts: Account[] } | { type: 'none' };

export interface ResolveContext {
  own: ReadonlySet<string>;
  freemail: ReadonlySet<string>;
  lookup: MatchLookup;
}

/** What one (already de-duplicated) person on the page is to us. */
export async function resolvePerson(person: PagePerson, ctx: ResolveContext): Promise<PersonOutcome> {
  const domain = domainOf(person.email);
  if (!domain) return { type: 'none' };
  // Colleagues first: even if someone saved a colleague as a contact, they are not a client.
  if (isWithinDomains(domain, ctx.own)) return { type: 'internal' };

  const hits = await contactHits(person.email, ctx.lookup);
  if (hits.length > 0) return { type: 'contacts', hits };

  // A freemail domain says nothing about the company: gmail.com is not an account.
  if (isWithinDomains(domain, ctx.freemail)) return { type: 'none' };
  // Most specific first: eu.acme.example may be its own account apart from acme.example.
  for (const candidate of domainCandidates(domain)) {
    const accounts = await accountsAt(candidate, ctx.lookup);
    if (accounts.length > 0) return { type: 'domain', accounts };
  }
  return { type: 'none' };
}

async function contactHits(email: string, lookup: MatchLookup): Promise<ContactHit[]> {
  const found = await Promise.all(emailLookupKeys(email).map((k) => lookup.contactsByEmail(k)));
  const contacts = uniqueById(found.flat());
  return Promise.all(
    contacts.map(async (contact) => {
      const account = contact.accountId ? await lookup.accountById(contact.accountId) : undefined;
      return account ? { contact, account } : { contact };
    }),
  );
}

async function accountsAt(domain: string, lookup: MatchLookup): Promise<Account[]> {
  const found = await Promise.all(domainLookupForms(domain).map((d) => lookup.accountsByDomain(d)));
  return uniqueById(found.flat());
}

function uniqueById<T extends { id: string }>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(x.id) && (seen.add(x.id), true));
}
