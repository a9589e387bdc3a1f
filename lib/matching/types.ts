import type { Account, Contact, PagePerson } from '@/lib/schema';

/**
 * Reads matching needs from the database. Kept to three exact lookups so the background can
 * answer them from Dexie indexes (Contact.emails multiEntry, Account.domains multiEntry).
 * `contactsByEmail` is asked with each spelling from emailLookupKeys (as shown, canonical);
 * `accountsByDomain` with each domain in Unicode and, for IDNs, in Punycode.
 */
export interface MatchLookup {
  contactsByEmail(email: string): Promise<Contact[]>;
  accountsByDomain(domain: string): Promise<Account[]>;
  accountById(id: string): Promise<Account | undefined>;
}

/** The two Settings fields matching reads (Settings itself fits). */
export interface MatchSettings {
  ownDomains: readonly string[];
  freemailDomains: readonly string[];
}

/** One account on the page: the people who led to it, and those of them who are its contacts. */
export interface AccountMatch {
  account: Account;
  contacts: Contact[];
  /** 'email' when at least one person is a known contact; 'domain' is the weaker guess. */
  via: 'email' | 'domain';
  people: PagePerson[];
}

/** A known contact not (yet) filed under any account, or whose account is gone. */
export interface LooseContactMatch {
  contact: Contact;
  people: PagePerson[];
}

/** People are copies with the address tidied (cleanEmail), one per mailbox. */
export interface MatchResult {
  /** The sender's account first, then the rest in page order; each account once. */
  accounts: AccountMatch[];
  looseContacts: LooseContactMatch[];
  /** External people matching nothing: candidates for "new dossier" / "add contact". */
  unmatched: PagePerson[];
  /** Colleagues (the user's own domains and their subdomains). */
  ignoredInternal: PagePerson[];
}
