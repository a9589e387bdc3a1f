import type { PageContext, PagePerson } from '@/lib/schema/page-context';
import { makeContext, PeopleList } from '@/lib/adapters/context';
import { isHidden, queryAll, queryFirst, textOf } from '@/lib/adapters/dom';
import { cleanName, findAddresses, parseAddress, type Address } from '@/lib/adapters/parse-address';
import { signatureOf } from '@/lib/adapters/signature';
import * as S from './selectors';

const SITE = 'outlook';
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without needing the global Node

/** The open message's header as one signal read it. `from.email` is '' for a name-only sender. */
interface Header {
  signal: string;
  from: Address;
  to: Address[];
  cc: Address[];
  other: Address[];
}

/** Decides whether an element belongs to the open message's header (not a body, not another message). */
type InHeader = (el: Element) => boolean;

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

/** One person element: its address wherever it sits, else its shown name alone (same organisation). */
function personOf(el: Element): Address | null {
  const address = addressesIn(el)[0];
  if (address) return address;
  const name = cleanName(textOf(el));
  return name ? { email: '', name } : null;
}

/** The sender part's person; a part showing only a name gives a name-only sender. */
function senderIn(part: Element | null): Address | null {
  return part ? personOf(part) : null;
}

const withEmail = (people: (Address | null)[]): Address[] => people.filter((p): p is Address => Boolean(p?.email));

/**
 * People elements grouped by header line, in order: line 0 is the sender's, then To, Cc, Bcc.
 * A line is the ancestor just below the elements' common ancestor, so no label text is needed.
 */
function headerFromLines(signal: string, els: Element[], personFor: (el: Element) => Address | null): Header | null {
  const first = els[0];
  if (!first) return null;
  let common: Element | null = first.parentElement;
  while (common && !els.every((el) => common?.contains(el))) common = common.parentElement;
  const lineOf = (el: Element): Element => {
    let node = el;
    while (node.parentElement && node.parentElement !== common) node = node.parentElement;
    return node;
  };
  const lines: Element[][] = [];
  let current: Element | null = null;
  for (const el of els) {
    const line = els.length === 1 ? el : lineOf(el);
    if (line !== current) lines.push([]);
    current = line;
    lines[lines.length - 1]?.push(el);
  }
  const from = personFor(first);
  if (!from) return null;
  const [, to = [], cc = [], ...rest] = lines;
  return {
    signal,
    from,
    to: withEmail(to.map(personFor)),
    cc: withEmail(cc.map(personFor)),
    other: withEmail([...(lines[0]?.slice(1) ?? []), ...rest.flat()].map(personFor)),
  };
}

/** Outermost matches only: a persona button inside a persona span is one person. */
function outermost(els: Element[]): Element[] {
  return els.filter((el) => !els.some((other) => other !== el && other.contains(el)));
}

/** The header signals, in the order tried. Each reads only elements `inHeader` accepts. */
const SIGNALS: readonly ((scope: Element, inHeader: InHeader) => Header | null)[] = [
  function ids(scope, inHeader) {
    const from = queryAll(scope, S.FROM).find(inHeader);
    const sender = senderIn(from ?? null);
    if (!from || !sender) return null;
    const stem = from.id.slice(0, -S.FROM_SUFFIX.length);
    const part = (suffix: string): Address[] => {
      const el = scope.ownerDocument.getElementById(stem + suffix);
      return el && inHeader(el) ? addressesIn(el) : [];
    };
    return {
      signal: 'ids',
      from: sender,
      to: part(S.RECIPIENT_SUFFIXES.to),
      cc: part(S.RECIPIENT_SUFFIXES.cc),
      other: part(S.RECIPIENT_SUFFIXES.other),
    };
  },
  function data(scope, inHeader) {
    const part = (selector: string): Element[] => queryAll(scope, [selector]).filter(inHeader);
    const sender = senderIn(part(S.DATA_PARTS.from)[0] ?? null);
    if (!sender) return null;
    const all = (selector: string): Address[] => part(selector).flatMap((el) => addressesIn(el));
    return {
      signal: 'data',
      from: sender,
      to: all(S.DATA_PARTS.to),
      cc: all(S.DATA_PARTS.cc),
      other: all(S.DATA_PARTS.other),
    };
  },
  function persona(scope, inHeader) {
    return headerFromLines('persona', outermost(queryAll(scope, S.PERSONA).filter(inHeader)), personOf);
  },
  function aria(scope, inHeader) {
    return headerFromLines('aria', outermost(queryAll(scope, S.ARIA_PERSON).filter(inHeader)), personOf);
  },
  function text(scope, inHeader) {
    // The innermost elements whose own text reads `Name <address>`.
    const written = [...scope.querySelectorAll('*')].filter(
      (el) =>
        inHeader(el) &&
        S.NAME_ADDRESS_TEXT.test(textOf(el)) &&
        ![...el.children].some((child) => S.NAME_ADDRESS_TEXT.test(textOf(child))),
    );
    return headerFromLines('text', written, (el) => findAddresses(textOf(el))[0] ?? null);
  },
];

/** The outermost visible message bodies in the pane, in document order. */
function bodiesIn(pane: Element): Element[] {
  return outermost(queryAll(pane, S.BODY).filter((el) => !isHidden(el)));
}

/**
 * Elements of the open message's header: before its body, after the previous message's body,
 * inside no body. A quoted reply, a forwarded header or a crafted element in any message's body
 * is never read as the message's sender or recipients.
 */
function headerTest(body: Element, bodies: Element[]): InHeader {
  const previous = bodies.filter((b) => b !== body && b.compareDocumentPosition(body) & FOLLOWING).at(-1);
  return (el) =>
    !isHidden(el) &&
    Boolean(el.compareDocumentPosition(body) & FOLLOWING) &&
    !body.contains(el) &&
    !bodies.some((b) => b.contains(el)) &&
    (!previous || Boolean(previous.compareDocumentPosition(el) & FOLLOWING));
}

/** The header of the open message, through the first signal that finds a sender. */
function readHeader(pane: Element, body: Element, bodies: Element[]): Header | null {
  const inHeader = headerTest(body, bodies);
  // The smallest ancestor of the body holding a header: the message card, else the pane.
  for (let scope = body.parentElement; scope; scope = scope.parentElement) {
    for (const signal of SIGNALS) {
      const header = signal(scope, inHeader);
      if (header) return header;
    }
    if (scope === pane) break;
  }
  return null;
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

function subjectOf(pane: Element, inNoBody: (el: Element) => boolean): string {
  const heading = queryAll(pane, S.SUBJECT).find(inNoBody);
  if (!heading) return '';
  // The heading's text may carry OWA's own badges; a titled span holds exactly the subject.
  return heading.querySelector('[title]')?.getAttribute('title')?.trim() || textOf(heading);
}

/** The selected message-list row, when the list shows. */
function selectedRow(doc: Document): Element | null {
  return queryAll(doc, S.SELECTED_ROW).find((el) => !isHidden(el)) ?? null;
}

/** The address the selected row gives a sender the header shows by name only, when the names agree. */
function rowAddress(row: Element | null, name: string): string {
  const person = row ? addressesIn(row)[0] : undefined;
  return person && cleanName(person.name).toLowerCase() === name.toLowerCase() ? person.email : '';
}

/** Which of the known views shows the message: pop-out window, full-page reader, or reading pane. */
function viewOf(doc: Document, url: URL): string {
  const classic = S.CLASSIC_PATH.test(url.pathname) ? 'classic-' : '';
  if (url.searchParams.has(S.POPOUT_PARAM)) return `${classic}popout`;
  const list = queryAll(doc, S.MESSAGE_LIST).find((el) => !isHidden(el));
  return `${classic}${list ? 'reading-pane' : 'full-page'}`;
}

/**
 * Reads OWA's reading pane, full-page reader or pop-out; see selectors.ts for where each part
 * lives. `layout` names the view and the header signal that read it (e.g. 'reading-pane:ids').
 */
export function parseOutlook(doc: Document, url: URL): PageContext {
  const loading = queryFirst(doc, S.LOADING);
  if (loading && !isHidden(loading)) return makeContext(SITE, url, 'none');

  const pane = queryAll(doc, S.READING_PANE).find((el) => !isHidden(el)) ?? null;
  const bodies = pane ? bodiesIn(pane) : [];
  const body = bodies[0];
  // A pane showing a message we cannot read, or a route naming one, is a layout we do not know.
  if (!pane || !body) return makeContext(SITE, url, !pane && urlNamesItem(url) ? 'unrecognised' : 'none');
  const header = readHeader(pane, body, bodies);
  if (!header) return makeContext(SITE, url, 'unrecognised');

  const row = selectedRow(doc);
  const people = new PeopleList();
  // A name without an address is normal: OWA shows only the name for people of the user's own
  // organisation. The list row may still carry the address; else the sender stays name-only.
  const sender: Address = header.from.email ? header.from : { ...header.from, email: rowAddress(row, header.from.name) };
  people.add(sender.email ? sender : null, 'from');
  people.addAll(header.to, 'to');
  people.addAll(header.cc, 'cc');
  people.addAll(header.other, 'other');
  // The conversation's earlier senders (collapsed messages keep their `_FROM` part) are people of it too.
  const inNoBody = (el: Element): boolean => !isHidden(el) && !bodies.some((b) => b.contains(el));
  for (const from of queryAll(pane, S.FROM).filter(inNoBody)) people.addAll(addressesIn(from), 'other');
  const nameOnly: PagePerson[] = sender.email ? [] : [{ email: '', name: sender.name, role: 'from' }];

  const ids = itemIdFromUrl(url);
  const threadId = pane.getAttribute(S.CONVERSATION_ID_ATTR) || row?.getAttribute(S.CONVERSATION_ID_ATTR) || ids.threadId;
  return makeContext(SITE, url, 'message', {
    people: [...nameOnly, ...people.toArray()],
    subject: subjectOf(pane, inNoBody),
    threadId,
    messageId: ids.messageId,
    signature: signatureOf(body, S.SIGNATURE, S.QUOTES, S.QUOTE_START),
    layout: `${viewOf(doc, url)}:${header.signal}`,
  });
}
