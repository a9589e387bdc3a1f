/**
 * One mapped record → the person and company it describes, or the problems that set it aside.
 * A record with a company but nothing about a person (a company export) is a company only.
 */
import { cleanEmail } from '@/lib/matching/normalize';
import { Email } from '@/lib/schema';
import type { ContactFieldKey } from './contact-fields';
import { domainOfEmail, domainOfWebsite } from './domains';
import { valuesByField, type Mapping } from './mapping';

export interface Candidate {
  line: number;
  /** '' for a company-only record. */
  name: string;
  emails: string[];
  phones: string[];
  title: string;
  company: string;
  /** From the website, else from a work email; undefined when neither gives one. */
  domain: string | undefined;
}

export type RowProblemKey = 'contactsImportMissingName' | 'contactsImportBadEmail' | 'contactsImportBadCard';

export interface RowProblem {
  line: number;
  key: RowProblemKey;
  params: string[];
}

/** Several emails in one cell: "a@x.example; b@x.example" (vCard rows are joined so too). */
const EMAIL_SPLIT = /[;,]+/;
const PHONE_SPLIT = /;+/;

function split(values: string[] | undefined, by: RegExp): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(by))
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * Domains already worked out in this file: exports repeat the same company on many rows, and
 * parsing a URL and a domain costs more than the rest of a row.
 */
export type DomainCache = Map<string, string | undefined>;

function cached(cache: DomainCache | undefined, key: string, compute: () => string | undefined): string | undefined {
  if (!cache) return compute();
  if (cache.has(key)) return cache.get(key);
  const value = compute();
  cache.set(key, value);
  return value;
}

/** What `mapping` reads from one record; `ignoredDomains`: freemail and the user's own. */
export function toCandidate(
  row: readonly string[],
  line: number,
  mapping: Mapping<ContactFieldKey>,
  ignoredDomains: ReadonlySet<string>,
  cache?: DomainCache,
): { candidate?: Candidate; problems: RowProblem[] } {
  const v = valuesByField(row, mapping);
  const one = (k: ContactFieldKey) => v.get(k)?.[0] ?? '';
  const problems: RowProblem[] = [];
  const emails: string[] = [];
  for (const raw of split(v.get('email'), EMAIL_SPLIT)) {
    const parsed = Email.safeParse(cleanEmail(raw));
    if (parsed.success) {
      if (!emails.includes(parsed.data)) emails.push(parsed.data);
    } else problems.push({ line, key: 'contactsImportBadEmail', params: [raw] });
  }
  const phones = [...new Set(split(v.get('phone'), PHONE_SPLIT))];
  const name = (one('fullName') || [one('firstName'), one('lastName')].filter(Boolean).join(' ')).replace(/\s+/g, ' ').trim();
  const title = one('title');
  const company = one('company').replace(/\s+/g, ' ');
  const website = one('website');
  let domain = website ? cached(cache, `w ${website}`, () => domainOfWebsite(website)) : undefined;
  for (const e of emails) domain ??= cached(cache, `e ${e.slice(e.lastIndexOf('@'))}`, () => domainOfEmail(e, ignoredDomains));
  const aboutPerson = name || emails.length > 0 || phones.length > 0 || title;
  const aboutCompany = company || (website && domain);
  if (!aboutPerson && !aboutCompany) return { problems };
  if (!name && aboutPerson) problems.push({ line, key: 'contactsImportMissingName', params: [] });
  if (problems.length > 0) return { problems };
  return { candidate: { line, name, emails, phones, title, company, domain }, problems };
}

/** Every record of a table → candidates and the problems that set records aside, by line. */
export function candidatesOf(
  table: { rows: readonly (readonly string[])[]; lines: readonly number[] },
  mapping: Mapping<ContactFieldKey>,
  ignoredDomains: ReadonlySet<string>,
): { candidates: Candidate[]; problems: RowProblem[] } {
  const candidates: Candidate[] = [];
  const problems: RowProblem[] = [];
  const cache: DomainCache = new Map();
  for (let i = 0; i < table.rows.length; i++) {
    const r = toCandidate(table.rows[i] ?? [], table.lines[i] ?? 0, mapping, ignoredDomains, cache);
    if (r.candidate) candidates.push(r.candidate);
    for (const p of r.problems) problems.push(p);
  }
  return { candidates, problems };
}
