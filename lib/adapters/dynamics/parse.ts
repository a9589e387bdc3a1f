import type { PageContext } from '@/lib/schema/page-context';
import { makeContext, PeopleList } from '@/lib/adapters/context';
import { isHidden, queryAll } from '@/lib/adapters/dom';
import { firstFieldValue, readRecordFields } from '@/lib/adapters/record-fields';
import * as S from './selectors';

const SITE = 'dynamics';

/** The record a Unified Interface URL opens (`pagetype=entityrecord&etn=…&id=<guid>`), if any. */
export function recordInUrl(
  url: URL,
): { entity: string; type: 'contact' | 'company' | 'deal' | 'lead' | 'other'; id: string } | null {
  const q = url.searchParams;
  if ((q.get('pagetype') ?? '').toLowerCase() !== 'entityrecord') return null;
  const entity = (q.get('etn') ?? '').toLowerCase();
  const id = S.GUID.exec(q.get('id') ?? '')?.[1]?.toLowerCase();
  // A new record's form has no id yet: nothing to match it by.
  if (!entity || !id) return null;
  return { entity, type: S.ENTITY_TYPES[entity] ?? 'other', id };
}

/**
 * Reads a Dynamics 365 record form: the record from the URL, the email columns (role 'record',
 * with the header's name on a contact or lead), the website and the company's name. Lists
 * (`pagetype=entitylist`), dashboards and new forms are 'none'; a record whose form cannot be
 * found is 'unrecognised'.
 */
export function parseDynamics(doc: Document, url: URL): PageContext {
  const record = recordInUrl(url);
  if (!record) return makeContext(SITE, url, 'none');
  const form = queryAll(doc, S.FORM_ROOT).find((el) => !isHidden(el));
  if (!form) return makeContext(SITE, url, 'unrecognised');

  // Fields are read inside the record's form only: a quick-create flyout or a dialog over it has
  // inputs with the same data-ids that belong to another (or a new) record.
  const root = form.matches(S.EDIT_FORM) ? form : doc;
  const title = firstFieldValue(root, S.HEADER_TITLE);
  const person = record.type === 'contact' || record.type === 'lead';
  const fields = readRecordFields(root, S.EMAILS, S.WEBSITES);
  const people = new PeopleList();
  for (const email of fields.emails) people.add({ email, name: person ? title : '' }, 'record');
  return makeContext(SITE, url, 'record', {
    people,
    record: { crm: SITE, type: record.type, id: record.id },
    websites: fields.websites,
    companyName: firstFieldValue(root, S.COMPANY[record.entity] ?? []),
    title,
    layout: 'unified-interface',
  });
}
