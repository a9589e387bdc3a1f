import type { Account, PagePerson } from '@/lib/schema';
import { cleanEmail, normalizeDomain, normalizeEmail } from './normalize';
import { resolvePerson, type PersonOutcome } from './resolve-person';
import type { AccountMatch, LooseContactMatch, MatchLookup, MatchResult, MatchSettings } from './types';

/**
 * People on a page → accounts and contacts. Per person, first rule that applies:
 * own domain (or a subdomain) → internal; e-mail (as shown, or its canonical mailbox) →
 * contact → its account; otherwise the most specific domain with accounts, unless freemail.
 */
export async function matchPeople(
  people: readonly PagePerson[],
  settings: MatchSettings,
  lookup: MatchLookup,
): Promise<MatchResult> {
  const ctx = {
    own: new Set(settings.ownDomains.map(normalizeDomain)),
    freemail: new Set(settings.freemailDomains.map(normalizeDomain)),
    lookup: memoize(lookup),
  };
  const persons = dedupe(people);
  const outcomes = await Promise.all(persons.map((p) => resolvePerson(p, ctx)));
  return assemble(persons, outcomes);
}

/** One person per mailbox, in page order; a repeat lends its name and its 'from' role. */
function dedupe(people: readonly PagePerson[]): PagePerson[] {
  const byKey = new Map<string, PagePerson>();
  people.forEach((p, i) => {
    // No address: nothing to de-duplicate on, keep each such person.
    const key = normalizeEmail(p.email) || `\u0000${i}`;
    const prior = byKey.get(key);
    if (!prior) byKey.set(key, { ...p, email: cleanEmail(p.email) || p.email.trim() });
    else {
      if (!prior.name && p.name) prior.name = p.name;
      if (p.role === 'from') prior.role = 'from';
    }
  });
  return [...byKey.values()];
}

function assemble(persons: PagePerson[], outcomes: PersonOutcome[]): MatchResult {
  const accounts = new Map<string, AccountMatch>();
  const loose = new Map<string, LooseContactMatch>();
  const withSender = new Set<string>();
  const result: MatchResult = { accounts: [], looseContacts: [], unmatched: [], ignoredInternal: [] };
  const note = <T extends { people: PagePerson[] }>(key: string, m: T, person: PagePerson): T => {
    if (!m.people.includes(person)) m.people.push(person);
    if (person.role === 'from') withSender.add(key);
    return m;
  };
  const toAccount = (account: Account, person: PagePerson, via: 'email' | 'domain'): AccountMatch => {
    const m = accounts.get(account.id) ?? { account, contacts: [], via, people: [] };
    accounts.set(account.id, m);
    if (via === 'email') m.via = 'email';
    return note(`a:${account.id}`, m, person);
  };

  persons.forEach((person, i) => {
    const o = outcomes[i] ?? { type: 'none' };
    if (o.type === 'internal') result.ignoredInternal.push(person);
    else if (o.type === 'none') result.unmatched.push(person);
    else if (o.type === 'domain') for (const a of o.accounts) toAccount(a, person, 'domain');
    else {
      for (const { contact, account } of o.hits) {
        if (account) {
          const m = toAccount(account, person, 'email');
          if (!m.contacts.some((c) => c.id === contact.id)) m.contacts.push(contact);
        } else {
          const m = loose.get(contact.id) ?? { contact, people: [] };
          loose.set(contact.id, m);
          note(`c:${contact.id}`, m, person);
        }
      }
    }
  });
  // Map order is first appearance on the page; a stable sort lifts the sender's match.
  const senderFirst = (key: (k: string) => string) => (a: [string, unknown], b: [string, unknown]) =>
    Number(withSender.has(key(b[0]))) - Number(withSender.has(key(a[0])));
  result.accounts = [...accounts].sort(senderFirst((id) => `a:${id}`)).map(([, m]) => m);
  result.looseContacts = [...loose].sort(senderFirst((id) => `c:${id}`)).map(([, m]) => m);
  return result;
}

/** Several people often share a domain or an account: ask the database once per key. */
function memoize(lookup: MatchLookup): MatchLookup {
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(k: string, f: () => Promise<T>): Promise<T> => {
    if (!cache.has(k)) cache.set(k, f());
    return cache.get(k) as Promise<T>;
  };
  return {
    contactsByEmail: (e) => once(`e:${e}`, () => lookup.contactsByEmail(e)),
    accountsByDomain: (d) => once(`d:${d}`, () => lookup.accountsByDomain(d)),
    accountById: (id) => once(`a:${id}`, () => lookup.accountById(id)),
  };
}
