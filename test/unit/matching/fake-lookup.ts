import { Account, Contact, type AccountInput, type ContactInput } from '@/lib/schema';
import type { MatchLookup } from '@/lib/matching';

/**
 * An in-memory MatchLookup with the semantics of the Dexie indexes it stands for: exact,
 * case-sensitive hits on stored (already lower-cased) e-mails and domains. Counts calls so
 * tests can check that lookups are shared.
 */
export function fakeLookup(accounts: AccountInput[], contacts: ContactInput[]) {
  const as = accounts.map((a) => Account.parse(a));
  const cs = contacts.map((c) => Contact.parse(c));
  const calls = { contactsByEmail: [] as string[], accountsByDomain: [] as string[], accountById: [] as string[] };
  const lookup: MatchLookup = {
    async contactsByEmail(email) {
      calls.contactsByEmail.push(email);
      return cs.filter((c) => c.emails.includes(email));
    },
    async accountsByDomain(domain) {
      calls.accountsByDomain.push(domain);
      return as.filter((a) => a.domains.includes(domain));
    },
    async accountById(id) {
      calls.accountById.push(id);
      return as.find((a) => a.id === id);
    },
  };
  return { lookup, calls, accounts: as, contacts: cs };
}
