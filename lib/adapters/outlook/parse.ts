import type { PageContext } from '@/lib/schema/page-context';
import { makeContext, PeopleList } from '@/lib/adapters/context';
import { isHidden, queryAll, queryFirst, textOf } from '@/lib/adapters/dom';
import { cleanName, findAddresses, parseAddress, type Address } from '@/lib/adapters/parse-address';
import { signatureOf } from '@/lib/adapters/signature';
import * as S from './selectors';

const SITE = 'outlook';
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without needing the global Node

/** An address an element keeps in an attribute (tooltip `title`, link, persona data), if any. */
function attributeAddress(el: Element): Address | null {
  for (const attr of S.ADDRESS_ATTRS) {
    const value = el.getAttribute(attr);
    if (!value?.includes('@')) continue;
    const address = attr === 'href' ? parseAddress(value) : (findAddresses(value)[0] ?? null);
    // aria-label words are localized ("From: …"): keep its address, take the name from the text.
    if (address) return attr === 'aria-label' ? { email: address.email, name: '' } : address;
  }
  return null;
}

/**
 * Addresses in one header part (`…_FROM`, `…_TO`), in the order shown. OWA writes outside people
 * as "Name<address>" text and may keep an address in a tooltip `title` instead (then the
 * element's text is the name). Only the address is taken from `aria-label`: its words are localized.
 */
function addressesIn(part: Element | null | undefined): Address[] {
  if (!part) return [];
  const found: Address[] = [];
  let text = '';
  const flush = (): void => {
    found.push(...findAddresses(text));
    text = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const address = attributeAddress(el);
    const shown = textOf(el);
    if (address && !shown.toLowerCase().includes(address.email)) {
      flush();
      found.push({ email: address.email, name: address.name || cleanName(shown, address.email) });
      return;
    }
    el.childNodes.forEach(walk);
  };
  walk(part);
  flush();
  return found;
}

/** One message of the conversation, found from its `_FROM` header part. */
interface Message {
  stem: string;
  from: Element;
  body: Element | null;
}

function messagesIn(pane: Element): Message[] {
  const froms = queryAll(pane, S.FROM).filter((el) => !isHidden(el));
  const bodies = queryAll(pane, S.BODY).filter((el) => !isHidden(el));
  return froms.map((from, i) => {
    const next = froms[i + 1];
    // The body follows its own header and precedes the next message's header.
    const body =
      bodies.find((b) => from.compareDocumentPosition(b) & FOLLOWING && (!next || b.compareDocumentPosition(next) & FOLLOWING)) ??
      null;
    return { stem: from.id.slice(0, -S.FROM_SUFFIX.length), from, body };
  });
}

function itemIdFromUrl(url: URL): { messageId: string; threadId: string } {
  const decode = (v: string | undefined) => (v ? decodeURIComponent(v) : '');
  const deeplink = S.DEEPLINK_PATH.exec(url.pathname)?.[1];
  const param = url.searchParams.get(S.ITEM_ID_PARAM) ?? '';
  if (deeplink || param) return { messageId: decode(deeplink) || param, threadId: '' };
  return { messageId: '', threadId: decode(S.ITEM_ID_PATH.exec(url.pathname)?.[1]) };
}

function urlNamesItem(url: URL): boolean {
  const ids = itemIdFromUrl(url);
  return Boolean(ids.messageId || ids.threadId);
}

function subjectOf(pane: Element): string {
  const heading = queryFirst(pane, S.SUBJECT);
  if (!heading) return '';
  // The heading's text may carry OWA's own badges; a titled span holds exactly the subject.
  return heading.querySelector('[title]')?.getAttribute('title')?.trim() || textOf(heading);
}

/** Reads OWA's reading pane or full-page reader; see selectors.ts for where each part lives. */
export function parseOutlook(doc: Document, url: URL): PageContext {
  const loading = queryFirst(doc, S.LOADING);
  if (loading && !isHidden(loading)) return makeContext(SITE, url, 'none');

  const pane = queryAll(doc, S.READING_PANE).find((el) => !isHidden(el)) ?? null;
  const messages = pane ? messagesIn(pane) : [];
  const open = messages.find((m) => m.body) ?? null;
  // An empty sender part means the header changed shape. A name without an address is normal:
  // OWA shows only the name for people of the user's own organisation.
  if (!pane || !open || !textOf(open.from)) {
    // A pane showing a message we cannot read, or a route naming one, is a layout we do not know.
    const showsMessage = pane ? queryFirst(pane, S.BODY) !== null : urlNamesItem(url);
    return makeContext(SITE, url, showsMessage ? 'unrecognised' : 'none');
  }

  const people = new PeopleList();
  people.add(addressesIn(open.from)[0], 'from');
  for (const [role, suffix] of Object.entries(S.RECIPIENT_SUFFIXES) as [keyof typeof S.RECIPIENT_SUFFIXES, string][]) {
    people.addAll(addressesIn(doc.getElementById(open.stem + suffix)), role);
  }
  for (const message of messages) people.addAll(addressesIn(message.from), 'other');

  const ids = itemIdFromUrl(url);
  const threadId =
    pane.getAttribute(S.CONVERSATION_ID_ATTR) ||
    doc.querySelector(S.SELECTED_ROW)?.getAttribute(S.CONVERSATION_ID_ATTR) ||
    ids.threadId;
  return makeContext(SITE, url, 'message', {
    people,
    subject: subjectOf(pane),
    threadId,
    messageId: ids.messageId,
    signature: signatureOf(open.body, S.SIGNATURE, S.QUOTES, S.QUOTE_START),
  });
}
