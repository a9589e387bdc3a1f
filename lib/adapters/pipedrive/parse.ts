import type { CrmRecord, PageContext } from '@/lib/schema/page-context';
import { makeContext, PeopleList } from '@/lib/adapters/context';
import { isHidden, queryAll, queryFirst, textOf } from '@/lib/adapters/dom';
import { cleanName, normaliseEmail } from '@/lib/adapters/parse-address';
import * as S from './selectors';

const SITE = 'pipedrive';

/** The record a Pipedrive URL names; undefined on lists, the pipeline and every other view. */
export function pipedriveRecordOf(url: URL): CrmRecord | undefined {
  for (const route of S.RECORD_ROUTES) {
    const id = route.pattern.exec(url.pathname)?.[1];
    if (id) return { crm: SITE, type: route.type, id: id.toLowerCase() };
  }
  return undefined;
}

/** Links in the record's fields: shown, and not in the feed of notes and mails beside them. */
function fieldLinks(sidebar: Element, selector: string): Element[] {
  const inFeed = (el: Element) => S.FEED.some((s) => el.closest(s));
  return [...sidebar.querySelectorAll(selector)].filter((el) => !inFeed(el) && !isHidden(el));
}

/** Emails in the sidebar, each with the name of the person block it sits in (on a person's page, theirs). */
function people(sidebar: Element, ownName: string): PeopleList {
  const list = new PeopleList();
  for (const link of fieldLinks(sidebar, S.EMAIL_LINK)) {
    const email = normaliseEmail(link.getAttribute('href')) ?? normaliseEmail(textOf(link));
    if (!email) continue;
    const block = S.PERSON_BLOCK.map((s) => link.closest(s)).find(Boolean);
    const name = (block && textOf(queryFirst(block, S.PERSON_NAME))) || ownName;
    list.add({ email, name: cleanName(name, email) }, 'record');
  }
  return list;
}

function externalHost(href: string | null): string {
  try {
    const url = new URL(href ?? '');
    return /^https?:$/.test(url.protocol) && !S.NOT_A_COMPANY_SITE.test(url.hostname) ? url.href : '';
  } catch {
    return '';
  }
}

/** The organization's website: its website field, else external links among the fields. */
function websites(sidebar: Element): string[] {
  const fields = queryAll(sidebar, S.WEBSITE_FIELDS).filter((f) => !isHidden(f));
  const fromFields = fields.flatMap((f) => {
    const links = fieldLinks(f, S.FIELD_LINK)
      .map((a) => externalHost(a.getAttribute('href')))
      .filter(Boolean);
    return links.length ? links : [textOf(f)].filter(Boolean);
  });
  if (fromFields.length) return fromFields;
  return fieldLinks(sidebar, S.FIELD_LINK)
    .map((a) => externalHost(a.getAttribute('href')))
    .filter(Boolean);
}

/**
 * Reads a Pipedrive record: its emails (the person's, or the linked person's on a deal or lead),
 * the organization's website and name, and the record itself. Lists and the pipeline are 'none';
 * a record route whose detail view cannot be read is 'unrecognised'.
 */
export function parsePipedrive(doc: Document, url: URL): PageContext {
  const record = pipedriveRecordOf(url);
  if (!record) return makeContext(SITE, url, 'none');
  const root = queryAll(doc, S.DETAIL_ROOT).find((el) => !isHidden(el));
  if (!root) return makeContext(SITE, url, 'unrecognised', { record });
  const title = textOf(queryFirst(root, S.TITLE));
  if (!title) return makeContext(SITE, url, 'unrecognised', { record });
  const sidebar = queryFirst(root, S.SIDEBAR) ?? root;
  const orgLink = fieldLinks(sidebar, S.ORGANIZATION_LINK)[0];
  const companyName = record.type === 'company' ? title : textOf(orgLink);
  return makeContext(SITE, url, 'record', {
    people: people(sidebar, record.type === 'contact' ? title : ''),
    title,
    subject: title,
    record,
    websites: record.type === 'contact' ? [] : websites(sidebar),
    companyName,
    layout: `pipedrive-${record.type}`,
  });
}
