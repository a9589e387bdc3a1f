/**
 * Accounts and people as CSV, one row each, for a spreadsheet or another CRM. Lists (domains,
 * emails, tags) are joined with "; " so one record stays one row. Column names are English and
 * stable: scripts and CRM import mappings key on them, whatever the interface language.
 */
import type { Account, Contact } from '@/lib/schema';
import { writeCsv } from './csv-write';

const list = (xs: readonly string[]) => xs.join('; ');

const ACCOUNT_COLUMNS = [
  'id',
  'name',
  'stage',
  'domains',
  'tags',
  'legal name',
  'segment',
  'region',
  'languages',
  'summary',
  'nuances',
  'cadence days',
  'plan status',
  'created',
  'updated',
] as const;

export function accountsCsv(accounts: readonly Account[]): string {
  return writeCsv(
    ACCOUNT_COLUMNS,
    accounts.map((a) => [
      a.id,
      a.name,
      a.stage,
      list(a.domains),
      list(a.tags),
      a.legalName,
      a.segment,
      a.region,
      list(a.languages),
      a.summary,
      list(a.nuances),
      a.cadenceDays === null ? '' : String(a.cadenceDays),
      a.plan?.status ?? '',
      a.createdAt ?? '',
      a.updatedAt ?? '',
    ]),
  );
}

const PEOPLE_COLUMNS = ['id', 'name', 'company', 'account id', 'emails', 'phones', 'title', 'role', 'vip', 'language'] as const;

/** People with their company's name; a person without an account has an empty company. */
export function peopleCsv(contacts: readonly Contact[], accounts: readonly Account[]): string {
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  return writeCsv(
    PEOPLE_COLUMNS,
    contacts.map((c) => [
      c.id,
      c.name,
      c.accountId === null ? '' : (names.get(c.accountId) ?? ''),
      c.accountId ?? '',
      list(c.emails),
      list(c.phones),
      c.title,
      c.role,
      c.vip ? 'yes' : '',
      c.language,
    ]),
  );
}
