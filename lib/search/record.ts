import type { Account, Contact } from '@/lib/schema';

export type RecordKind = 'account' | 'contact';

/**
 * What the search index holds per entity. `fields[0]` is the name: matches there rank above
 * matches in the other fields (legal name, domains, tags, e-mails, title, summary).
 */
export interface SearchRecord {
  id: string;
  kind: RecordKind;
  fields: readonly string[];
}

type AccountFields = Pick<Account, 'id' | 'name'> & Partial<Pick<Account, 'legalName' | 'domains' | 'tags' | 'summary'>>;
type ContactFields = Pick<Contact, 'id' | 'name'> & Partial<Pick<Contact, 'emails' | 'title'>>;

function present(fields: readonly string[]): string[] {
  return fields.filter((f, i) => i === 0 || f.trim() !== '');
}

/** Account fields a manager searches by; needs, nuances and terms stay out to keep hits sharp. */
export function recordFromAccount(a: AccountFields): SearchRecord {
  const fields = [a.name, a.legalName ?? '', ...(a.domains ?? []), ...(a.tags ?? []), a.summary ?? ''];
  return { id: a.id, kind: 'account', fields: present(fields) };
}

/** Contact fields; personal notes are deliberately not searchable from the panel. */
export function recordFromContact(c: ContactFields): SearchRecord {
  const fields = [c.name, ...(c.emails ?? []), c.title ?? ''];
  return { id: c.id, kind: 'contact', fields: present(fields) };
}
