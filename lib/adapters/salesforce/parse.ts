import type { CrmRecord, PageContext } from '@/lib/schema/page-context';
import { makeContext, PeopleList } from '@/lib/adapters/context';
import { deepClosest, deepQueryAll, deepQueryFirst, deepText } from '@/lib/adapters/deep-query';
import { isHidden } from '@/lib/adapters/dom';
import { cleanName, normaliseEmail } from '@/lib/adapters/parse-address';
import * as S from './selectors';

const SITE = 'salesforce';

/** The record a Lightning URL names: its object's API name ('' when the URL omits it) and id. */
export function salesforceRecordOf(url: URL): { object: string; id: string } | null {
  const direct = S.RECORD_PATH.exec(url.pathname);
  if (direct) return { object: direct[1] ?? '', id: direct[2] ?? '' };
  // Console apps: a page that is not itself a record (a list, home) inside a record's workspace.
  const ws = url.searchParams.get('ws');
  const inWorkspace = ws ? S.RECORD_PATH.exec(ws.split('?')[0] ?? '') : null;
  return inWorkspace ? { object: inWorkspace[1] ?? '', id: inWorkspace[2] ?? '' } : null;
}

export function salesforceRecordType(object: string): CrmRecord['type'] {
  return S.RECORD_TYPES.get(object) ?? 'other';
}

/** The open record's page: the visible one among the record pages Lightning keeps in the DOM. */
function openPage(doc: Document): Element | null {
  const selector = S.RECORD_PAGE.join(', ');
  const visible = (el: Element) => !isHidden(el);
  // The engine's own query first (synthetic shadow keeps pages in the light DOM); the walk
  // through shadow roots only when it finds no visible one.
  let pages = [...doc.querySelectorAll(selector)].filter(visible);
  if (!pages.length) pages = deepQueryAll(doc, selector).filter(visible);
  // A console tab holds a record page: the innermost visible one is the record itself.
  return pages.find((p) => !deepQueryFirst(p, S.RECORD_PAGE)) ?? pages[0] ?? null;
}

/** "Website" from "sfdc:RecordField.Account.Website". */
const apiName = (field: Element): string => (field.getAttribute(S.FIELD_ATTR) ?? '').split('.').pop() ?? '';

/** The link an output component renders (inside its shadow root with native shadow). */
function linkIn(el: Element): Element | null {
  return el.matches('a[href]') ? el : deepQueryFirst(el, ['a[href]']);
}

function linkValue(link: Element | null): string {
  return deepText(link) || link?.getAttribute('href') || '';
}

/**
 * Reads the open record (contact, account, opportunity, lead, any other object); list views, home
 * and setup pages are 'none'. A record URL whose page shows neither the highlights panel nor a
 * field is a layout Keyside does not know: 'unrecognised'.
 */
export function parseSalesforce(doc: Document, url: URL): PageContext {
  const record = salesforceRecordOf(url);
  if (!record) return makeContext(SITE, url, 'none');
  const type = salesforceRecordType(record.object);
  const page = openPage(doc);
  if (!page) return makeContext(SITE, url, 'unrecognised');

  const highlights = deepQueryFirst(page, [S.HIGHLIGHTS], S.RELATED);
  const fields = deepQueryAll(page, S.FIELD, S.RELATED);
  if (!highlights && fields.length === 0) return makeContext(SITE, url, 'unrecognised');
  const title = deepText(deepQueryFirst(highlights ?? page, S.TITLE, S.RELATED));

  // Emails of this record only: its highlights and its own fields, never its related lists or
  // its activity timeline (other people's messages).
  const person = type === 'contact' || type === 'lead';
  const people = new PeopleList();
  for (const scope of [...(highlights ? [highlights] : []), ...fields]) {
    for (const link of deepQueryAll(scope, S.EMAIL_LINK, S.RELATED)) {
      const email = normaliseEmail(link.getAttribute('href')) ?? normaliseEmail(deepText(link));
      if (email) people.add({ email, name: person ? cleanName(title, email) : '' }, 'record');
    }
  }

  const websites: string[] = [];
  for (const field of fields) {
    if (!S.WEBSITE_FIELDS.includes(apiName(field))) continue;
    for (const host of deepQueryAll(field, 'lightning-formatted-url, a[href]')) websites.push(linkValue(linkIn(host)));
  }
  // The compact layout in the highlights panel shows the website without its API name.
  if (highlights && (type === 'company' || type === 'lead')) {
    for (const item of deepQueryAll(highlights, S.HIGHLIGHT_ITEM)) {
      for (const host of deepQueryAll(item, 'lightning-formatted-url')) websites.push(linkValue(linkIn(host)));
    }
  }

  let companyName = type === 'company' ? title : '';
  if (!companyName) {
    const field = fields.find((f) => S.COMPANY_FIELDS.includes(apiName(f)));
    companyName = field ? deepText(deepQueryFirst(field, [S.LOOKUP_TEXT, 'lightning-formatted-text'])) : '';
  }

  return makeContext(SITE, url, 'record', {
    people,
    title,
    record: { crm: SITE, type, id: record.id },
    websites: [...new Set(websites.filter(Boolean))],
    companyName,
    layout: deepClosest(page, '.oneConsoleTab') ? 'console' : 'record',
  });
}
