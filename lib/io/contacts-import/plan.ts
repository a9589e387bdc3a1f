/**
 * What a contacts import will do, decided before anything is written: which accounts are created
 * or reused, which people are added, merged or skipped. Pure and linear (maps keyed by email,
 * domain and company name), so the summary on screen is exactly what the write does.
 */
import type { ImportLookup } from '@/lib/db/queries/import-lookup';
import type { ContactMerge, ImportWrites } from '@/lib/db/repos/import-contacts';
import { newId } from '@/lib/schema';
import type { Candidate } from './contact-row';

/**
 * merge: a person whose email is known gets the row's new emails, phones and title; a company
 * whose domain (then name) is known gets the row's people. skip: rows whose person is known are
 * left out and stored records are not changed. create: every row makes a new person, every
 * company a new account (rows of the same company in the file still share one).
 */
export const duplicateModes = ['merge', 'skip', 'create'] as const;
export type DuplicateMode = (typeof duplicateModes)[number];

export interface ImportSummary {
  accountsCreated: number;
  /** Stored accounts that get people or domains from the file. */
  accountsMerged: number;
  peopleAdded: number;
  /** Rows merged into a stored person or into an earlier row of the file. */
  peopleMerged: number;
  skipped: number;
}

export interface ImportPlan {
  summary: ImportSummary;
  writes: ImportWrites;
}

interface PlannedAccount {
  id: string;
  /** Set for an account the import creates (then `domains` is all of its domains). */
  created?: { name: string; domains: string[] };
  /** Domains added to a stored account. */
  added: string[];
  known: Set<string>;
}

const nameKey = (name: string) => name.trim().toLowerCase();

export function planImport(candidates: readonly Candidate[], lookup: ImportLookup, mode: DuplicateMode): ImportPlan {
  const storedByDomain = new Map<string, ImportLookup['accounts'][number]>();
  const storedByName = new Map<string, ImportLookup['accounts'][number]>();
  for (const a of lookup.accounts) {
    for (const d of a.domains) if (!storedByDomain.has(d)) storedByDomain.set(d, a);
    if (!storedByName.has(nameKey(a.name))) storedByName.set(nameKey(a.name), a);
  }
  const storedPeople = new Map<string, ImportLookup['contacts'][number]>();
  for (const c of lookup.contacts) for (const e of c.emails) if (!storedPeople.has(e)) storedPeople.set(e, c);

  const planned = new Map<string, PlannedAccount>();
  const fileByDomain = new Map<string, PlannedAccount>();
  const fileByName = new Map<string, PlannedAccount>();
  type NewPerson = ImportWrites['contacts'][number];
  const people: NewPerson[] = [];
  /** The people this file adds, by each of their emails. */
  const newPeople = new Map<string, NewPerson>();
  const merges = new Map<string, ContactMerge>();
  const summary: ImportSummary = { accountsCreated: 0, accountsMerged: 0, peopleAdded: 0, peopleMerged: 0, skipped: 0 };

  const accountOf = (c: Candidate): PlannedAccount | undefined => {
    if (!c.company && !c.domain) return undefined;
    const key = c.company ? nameKey(c.company) : undefined;
    let account = (c.domain ? fileByDomain.get(c.domain) : undefined) ?? (key ? fileByName.get(key) : undefined);
    if (!account && mode !== 'create') {
      const stored = (c.domain ? storedByDomain.get(c.domain) : undefined) ?? (key ? storedByName.get(key) : undefined);
      if (stored) account = planned.get(stored.id) ?? { id: stored.id, added: [], known: new Set(stored.domains) };
    }
    account ??= { id: newId(), created: { name: c.company || (c.domain ?? ''), domains: [] }, added: [], known: new Set() };
    planned.set(account.id, account);
    if (c.domain && !account.known.has(c.domain)) {
      account.known.add(c.domain);
      if (account.created) account.created.domains.push(c.domain);
      // In skip mode stored records stay exactly as they are.
      else if (mode === 'merge') account.added.push(c.domain);
    }
    if (c.domain && !fileByDomain.has(c.domain)) fileByDomain.set(c.domain, account);
    if (key && !fileByName.has(key)) fileByName.set(key, account);
    return account;
  };

  for (const c of candidates) {
    const inFile = mode === 'create' ? undefined : c.emails.map((e) => newPeople.get(e)).find(Boolean);
    const stored = mode === 'create' || inFile ? undefined : c.emails.map((e) => storedPeople.get(e)).find(Boolean);
    if ((inFile || stored) && mode === 'skip') {
      summary.skipped++;
      continue;
    }
    const account = accountOf(c);
    if (!c.name) continue;
    if (inFile) {
      // An earlier row of this file: one person with everything both rows say.
      const added = c.emails.filter((e) => !newPeople.has(e) && !storedPeople.has(e));
      inFile.emails = [...(inFile.emails ?? []), ...added];
      inFile.phones = [...new Set([...(inFile.phones ?? []), ...c.phones])];
      inFile.title = inFile.title?.length ? inFile.title : c.title;
      inFile.accountId ??= account?.id ?? null;
      for (const e of added) newPeople.set(e, inFile);
      summary.peopleMerged++;
    } else if (stored) {
      const m = merges.get(stored.id) ?? { id: stored.id, emails: [], phones: [], title: '', accountId: null };
      // An address another person already has stays theirs: one email, one person.
      const added = c.emails.filter((e) => !newPeople.has(e) && !storedPeople.has(e));
      m.emails = [...m.emails, ...added];
      for (const e of added) storedPeople.set(e, stored);
      m.phones = [...new Set([...m.phones, ...c.phones])];
      m.title ||= c.title;
      m.accountId ??= account?.id ?? null;
      merges.set(stored.id, m);
      summary.peopleMerged++;
    } else {
      const person = {
        id: newId(),
        name: c.name,
        emails: c.emails,
        phones: c.phones,
        title: c.title,
        accountId: account?.id ?? null,
      };
      people.push(person);
      for (const e of c.emails) newPeople.set(e, person);
      summary.peopleAdded++;
    }
  }

  const writes: ImportWrites = { accounts: [], accountDomains: [], contacts: people, contactMerges: [...merges.values()] };
  for (const a of planned.values()) {
    if (a.created) {
      writes.accounts.push({ id: a.id, name: a.created.name, domains: a.created.domains });
      summary.accountsCreated++;
    } else {
      summary.accountsMerged++;
      if (a.added.length) writes.accountDomains.push({ id: a.id, domains: a.added });
    }
  }
  return { summary, writes };
}
