import type { PageContext } from '@/lib/schema/page-context';
import { isIcsAttachment, sameOriginUrl } from '@/lib/adapters/calendar-invite/link';
import { makeContext, PeopleList } from '@/lib/adapters/context';
import { isHidden, queryAll, queryFirst, textOf } from '@/lib/adapters/dom';
import { cleanName, normaliseEmail, type Address } from '@/lib/adapters/parse-address';
import { signatureOf } from '@/lib/adapters/signature';
import * as S from './selectors';

const SITE = 'gmail';

/** A Gmail person chip: address in `email`, display name in `name` (text as fallback). */
function chip(el: Element | null | undefined): Address | null {
  if (!el) return null;
  const email = S.CHIP_EMAIL_ATTRS.map((a) => normaliseEmail(el.getAttribute(a))).find(Boolean);
  if (!email) return null;
  return { email, name: cleanName(el.getAttribute('name') || el.textContent, email) };
}

function firstAttr(el: Element, attrs: readonly string[]): string {
  for (const attr of attrs) {
    const value = el.getAttribute(attr)?.trim();
    if (value) return value.replace(/^#/, '');
  }
  return '';
}

/** The element holding the message ids: the message itself or the first inside it. */
function idCarrier(message: Element): Element {
  const selector = S.MESSAGE_ID_ATTRS.map((a) => `[${a}]`).join(',');
  return message.matches(selector) ? message : (message.querySelector(selector) ?? message);
}

/** Only the outermost of nested matches: one element per message. */
function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

function isExpanded(message: Element): boolean {
  const item = message.closest(S.MESSAGE_ITEM);
  if (item?.getAttribute('aria-expanded') === 'true') return true;
  return message.classList.contains(S.EXPANDED_MESSAGE_CLASS) || queryFirst(message, S.MESSAGE_BODY) !== null;
}

/** A conversation token at the end of the hash route: the URL says a thread is open. */
export function threadInUrl(url: URL): boolean {
  const parts = url.hash.replace(/^#/, '').split('/').filter(Boolean);
  const last = parts.at(-1);
  return parts.length >= 2 && last !== undefined && S.THREAD_TOKEN.test(last);
}

/**
 * Recipients of the open message. The details table separates to / cc by row position (from,
 * to, cc, bcc); without it the summary line lists everyone, reported as 'to'.
 */
function addRecipients(open: Element, sender: Address, people: PeopleList): void {
  const rows = queryAll(open, S.DETAILS_ROWS)
    .map((row) =>
      queryAll(row, [S.ANY_PERSON])
        .map(chip)
        .filter((a): a is Address => a !== null),
    )
    .filter((chips) => chips.length > 0);
  const fromRow = rows.findIndex((chips) => chips.some((a) => a.email === sender.email));
  if (fromRow >= 0 && rows.length > fromRow + 1) {
    rows.slice(fromRow + 1).forEach((chips, i) => people.addAll(chips, i === 0 ? 'to' : 'cc'));
    return;
  }
  for (const el of queryAll(open, S.RECIPIENTS_SUMMARY)) people.add(chip(el), 'to');
}

/** Reads Gmail's thread view or preview pane; see selectors.ts for where each part lives. */
export function parseGmail(doc: Document, url: URL): PageContext {
  const loading = doc.querySelector(S.LOADING);
  if (loading && !isHidden(loading)) return makeContext(SITE, url, 'none');

  const main = queryAll(doc, S.MAIN).find((el) => !isHidden(el)) ?? null;
  const subject = main ? queryAll(main, S.SUBJECT).find((el) => !isHidden(el)) : undefined;
  if (!main || !subject) {
    if (main && queryFirst(main, S.THREAD_LIST)) return makeContext(SITE, url, 'none');
    return makeContext(SITE, url, threadInUrl(url) ? 'unrecognised' : 'none');
  }

  const root = subject.closest(S.PREVIEW_PANE) ?? main;
  const messages = outermost(queryAll(root, S.MESSAGE)).filter((m) => !isHidden(m));
  const open = messages.filter(isExpanded).pop();
  const sender = open ? chip(queryFirst(open, S.SENDER)) : null;
  if (!open || !sender) return makeContext(SITE, url, 'unrecognised');

  const people = new PeopleList();
  people.add(sender, 'from');
  addRecipients(open, sender, people);
  // Everyone else on the thread: senders of the other messages, names in collapsed headers.
  for (const message of messages) {
    if (message !== open) people.add(chip(queryFirst(message, S.SENDER)), 'other');
  }
  for (const el of root.querySelectorAll(S.ANY_PERSON)) people.add(chip(el), 'other');

  const body = queryFirst(open, S.MESSAGE_BODY);
  const context = makeContext(SITE, url, 'message', {
    people,
    subject: textOf(subject),
    threadId: firstAttr(subject, S.THREAD_ID_ATTRS),
    messageId: firstAttr(idCarrier(open), S.MESSAGE_ID_ATTRS),
    signature: signatureOf(body, S.SIGNATURE, S.QUOTES),
  });
  // Set only when the open message carries an invitation, so other pages read exactly as before.
  const inviteUrl = inviteUrlOf(open, url);
  return inviteUrl ? { ...context, inviteUrl } : context;
}

/** The open message's .ics attachment (`download_url` = "mime:name:url"), same origin only. */
function inviteUrlOf(open: Element, url: URL): string {
  for (const el of open.querySelectorAll(`[${S.ATTACHMENT_URL_ATTR}]`)) {
    const [mime = '', name = '', ...rest] = (el.getAttribute(S.ATTACHMENT_URL_ATTR) ?? '').split(':');
    const link = sameOriginUrl(rest.join(':'), url, url.origin);
    if (link && isIcsAttachment(mime, name)) return link;
  }
  return '';
}
