/**
 * Which account an accounting export's "client" cell means: a person's email (the account of the
 * person who has it, else of the email's domain), a web domain or address, or the account's name
 * — compared without case, accents or punctuation, so «ООО "Северный ветер"» finds
 * «ООО «Северный Ветер»» and "Cafe Muller" finds "Café Müller". Built once per import from the
 * stored accounts; each cell costs one pass over its text and map lookups.
 */
import { cleanEmail, domainCandidates } from '@/lib/matching/normalize';
import { domainOfWebsite } from '@/lib/io/contacts-import/domains';

export interface ClientLookup {
  accounts: readonly { id: string; name: string; domains: readonly string[] }[];
  contacts: readonly { accountId: string | null; emails: readonly string[] }[];
}

export interface ClientIndex {
  /** Each account's name, for the preview to say which client a row went to. */
  names: Map<string, string>;
  byName: Map<string, Set<string>>;
  byDomain: Map<string, string>;
  byEmail: Map<string, string>;
}

export type ClientMatch = { accountId: string } | { problem: 'unknown' | 'ambiguous' };

/** Longest client cell looked at; a name is far shorter. */
export const MAX_CLIENT_LENGTH = 300;

/** "ООО «Северный Ветер»" → "ооо северныи ветер": one spelling per name. */
export function nameKey(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function buildClientIndex(lookup: ClientLookup): ClientIndex {
  const byName = new Map<string, Set<string>>();
  const addName = (name: string, id: string) => {
    const key = nameKey(name);
    if (!key) return;
    const ids = byName.get(key) ?? new Set<string>();
    ids.add(id);
    byName.set(key, ids);
  };
  const byDomain = new Map<string, string>();
  const names = new Map<string, string>();
  for (const a of lookup.accounts) {
    names.set(a.id, a.name);
    addName(a.name, a.id);
    // "Tbilisi Wine House / თბილისის ღვინის სახლი": either spelling names the account.
    if (a.name.includes(' / ')) for (const part of a.name.split(' / ')) addName(part, a.id);
    for (const d of a.domains) if (!byDomain.has(d)) byDomain.set(d, a.id);
  }
  const byEmail = new Map<string, string>();
  for (const c of lookup.contacts) {
    if (!c.accountId) continue;
    for (const e of c.emails) if (!byEmail.has(e)) byEmail.set(e, c.accountId);
  }
  return { names, byName, byDomain, byEmail };
}

function byDomainOf(index: ClientIndex, domain: string | undefined): string | undefined {
  if (!domain) return undefined;
  for (const d of domainCandidates(domain)) {
    const id = index.byDomain.get(d);
    if (id) return id;
  }
  return undefined;
}

const looksLikeWebAddress = (s: string) =>
  !/\s/.test(s) && (/^https?:\/\//i.test(s) || /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+\/?$/u.test(s));

export function matchClient(raw: string, index: ClientIndex): ClientMatch {
  const cell = raw.trim();
  if (cell.length > MAX_CLIENT_LENGTH) return { problem: 'unknown' };
  if (cell.includes('@')) {
    const email = cleanEmail(cell);
    if (email) {
      const id = index.byEmail.get(email) ?? byDomainOf(index, email.slice(email.lastIndexOf('@') + 1));
      if (id) return { accountId: id };
    }
  } else if (looksLikeWebAddress(cell)) {
    const id = byDomainOf(index, domainOfWebsite(cell));
    if (id) return { accountId: id };
  }
  const ids = index.byName.get(nameKey(cell));
  if (!ids || ids.size === 0) return { problem: 'unknown' };
  if (ids.size > 1) return { problem: 'ambiguous' };
  const [id] = ids;
  return id ? { accountId: id } : { problem: 'unknown' };
}
