import type { PageContext } from '@/lib/schema/page-context';
import { makeContext, PeopleList } from '@/lib/adapters/context';
import { isHidden, queryAll } from '@/lib/adapters/dom';
import { firstFieldValue as firstValue, readRecordFields } from '@/lib/adapters/record-fields';
import * as S from './selectors';

const SITE = 'zoho';

/** What a Zoho URL names: a record of a module, or nothing to read. */
export function recordInUrl(url: URL): { type: 'contact' | 'company' | 'deal' | 'lead' | 'other'; id: string } | null {
  const m = S.RECORD_PATH.exec(url.pathname);
  if (!m) return null;
  return { type: S.MODULE_TYPES[m[1] ?? ''] ?? 'other', id: m[2] ?? '' };
}

/**
 * Reads a Zoho CRM record's detail view: the record from the URL, the email fields (role
 * 'record', with the header's name on a contact or lead), the website and the company's name.
 * Other routes (list views, home, reports) are 'none'; a record whose detail view shows none of
 * Zoho's field ids is 'unrecognised'.
 */
export function parseZoho(doc: Document, url: URL): PageContext {
  const record = recordInUrl(url);
  if (!record) return makeContext(SITE, url, 'none');
  if (!queryAll(doc, S.DETAIL_VIEW).some((el) => !isHidden(el))) return makeContext(SITE, url, 'unrecognised');

  const person = record.type === 'contact' || record.type === 'lead';
  const name = person ? firstValue(doc, S.PERSON_NAME) : '';
  const fields = readRecordFields(doc, S.EMAILS, S.WEBSITES);
  const people = new PeopleList();
  for (const email of fields.emails) people.add({ email, name }, 'record');
  const companyName = record.type === 'company' ? firstValue(doc, S.ACCOUNT_HEADER) : firstValue(doc, S.COMPANY_FIELD);
  return makeContext(SITE, url, 'record', {
    people,
    record: { crm: SITE, ...record },
    websites: fields.websites,
    companyName,
    title: firstValue(doc, [...S.PERSON_NAME, ...S.ACCOUNT_HEADER, '[id^="headervalue_"]']),
    layout: 'detail-view',
  });
}
