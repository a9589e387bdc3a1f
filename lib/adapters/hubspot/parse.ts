import type { CrmRecord, PageContext } from '@/lib/schema/page-context';
import { makeContext, PeopleList } from '@/lib/adapters/context';
import { isHidden, queryAll, queryFirst, textOf } from '@/lib/adapters/dom';
import { findAddresses, normaliseEmail } from '@/lib/adapters/parse-address';
import * as S from './selectors';

const SITE = 'hubspot';

/** The record a HubSpot URL names: its type and id; null on lists, reports and settings. */
export function hubspotRecordOf(url: URL): { type: CrmRecord['type']; id: string } | null {
  const current = S.RECORD_PATH.exec(url.pathname);
  const legacy = current ? null : S.LEGACY_PATH.exec(url.pathname);
  const match = current ?? legacy;
  if (!match) return null;
  return { type: S.OBJECT_TYPES.get(match[2] ?? '') ?? 'other', id: match[3] ?? '' };
}

/** A property's shown value: an input's or textarea's current value, else the element's text. */
function valueOf(el: Element | null): string {
  if (!el) return '';
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') {
    return (el as HTMLInputElement).value.replace(/\s+/g, ' ').trim();
  }
  const input = el.querySelector<HTMLInputElement>('input, textarea');
  return input ? valueOf(input) : textOf(el);
}

function propertyValues(root: ParentNode, names: readonly string[]): string[] {
  return names.flatMap((name) => queryAll(root, [S.property(name)]).map(valueOf)).filter(Boolean);
}

/**
 * Reads the open record (contact, company, deal, lead, other objects); lists, reports and other
 * pages are 'none'. A record URL whose sidebar is missing is a layout Keyside does not know.
 */
export function parseHubspot(doc: Document, url: URL): PageContext {
  const record = hubspotRecordOf(url);
  if (!record) return makeContext(SITE, url, 'none');
  const sidebar = queryAll(doc, S.SIDEBAR).find((el) => !isHidden(el));
  if (!sidebar) return makeContext(SITE, url, 'unrecognised');

  const title = textOf(queryFirst(sidebar, S.TITLE));
  const fullName = [S.FIRST_NAME, S.LAST_NAME]
    .map((n) => valueOf(queryFirst(sidebar, [S.property(n)])))
    .filter(Boolean)
    .join(' ');
  const person = record.type === 'contact' || record.type === 'lead';
  const name = person ? fullName || title : '';

  const people = new PeopleList();
  for (const value of propertyValues(sidebar, S.EMAIL_PROPERTIES)) {
    // hs_additional_emails holds several addresses separated by ";".
    for (const address of findAddresses(value)) people.add({ email: address.email, name }, 'record');
  }
  // The highlight card shows the primary email as a link.
  const highlight = queryFirst(sidebar, S.HIGHLIGHT) ?? sidebar;
  for (const link of queryAll(highlight, ['a[href^="mailto:" i]'])) {
    const email = normaliseEmail(link.getAttribute('href'));
    if (email) people.add({ email, name }, 'record');
  }

  const websites = [...new Set(propertyValues(sidebar, S.WEBSITE_PROPERTIES))];
  const own = propertyValues(sidebar, S.COMPANY_PROPERTIES)[0] ?? '';
  const companyName = record.type === 'company' ? own || title : own || textOf(queryFirst(doc, S.ASSOCIATED_COMPANY));

  return makeContext(SITE, url, 'record', {
    people,
    title,
    record: { crm: SITE, type: record.type, id: record.id },
    websites,
    companyName,
    layout: 'record',
  });
}
