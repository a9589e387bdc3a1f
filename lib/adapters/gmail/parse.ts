import type { PageContext } from '@/lib/schema/page-context';
import { isIcsAttachment, sameOriginUrl } from '@/lib/adapters/calendar-invite/link';
import { makeContext, PeopleList } from '@/lib/adapters/context';
import { isHidden, queryAll, queryFirst, textOf } from '@/lib/adapters/dom';
import type { Address } from '@/lib/adapters/parse-address';
import { signatureOf } from '@/lib/adapters/signature';
import * as S from './selectors';
import {
  addressInText,
  chip,
  firstSignal,
  headerMatches,
  idFrom,
  idValue,
  inAuthorContent,
  messageState,
  outermost,
} from './signals';

const SITE = 'gmail';

/** Gmail's known layouts, as Settings → Site health names them (never page content). */
export type GmailLayout = 'thread' | 'preview-pane' | 'standalone' | 'list';

/** The conversation token the URL names: the hash route's last part, or `th=` in a standalone window. */
export function threadTokenInUrl(url: URL): string {
  const th = idValue(url.searchParams.get(S.STANDALONE_THREAD_PARAM));
  if (th) return th;
  const parts = url.hash.replace(/^#/, '').split('/').filter(Boolean);
  const last = parts.at(-1);
  return parts.length >= 2 && last !== undefined && S.THREAD_TOKEN.test(last) ? last : '';
}

/** The URL says a thread is open. */
export function threadInUrl(url: URL): boolean {
  return threadTokenInUrl(url) !== '';
}

const visible = (elements: Element[]): Element | undefined => elements.find((el) => !isHidden(el));

/** Messages of the conversation under `root`: one element each, never one the author wrote. */
function messagesIn(root: Element): Element[] {
  return outermost(headerMatches(root, S.MESSAGE));
}

/** A level-2 heading that is the conversation's, not inside a message or the list. */
function structuralSubject(main: Element): Element | undefined {
  return visible(
    headerMatches(main, S.SUBJECT_BY_ROLE).filter(
      (el) => !el.closest(S.MESSAGE_ITEM) && !queryFirst(main, S.THREAD_LIST)?.contains(el),
    ),
  );
}

/** The conversation subject in the visible view, by the signals in selectors.ts. */
function findSubject(main: Element): Element | null {
  return firstSignal<Element>([
    { name: 'perm-id-heading', read: () => visible(headerMatches(main, [S.SUBJECT_BY_PERM_ID])) },
    { name: 'legacy-id-heading', read: () => visible(headerMatches(main, [S.SUBJECT_BY_LEGACY_ID])) },
    { name: 'subject-class', read: () => visible(headerMatches(main, [S.SUBJECT_BY_CLASS])) },
    { name: 'aria-heading', read: () => structuralSubject(main) },
  ]);
}

/**
 * The conversation's own container: the preview pane when there is one, otherwise the nearest
 * ancestor of the subject that holds messages, which leaves the list of other threads outside.
 */
function conversationRoot(subject: Element, main: Element): Element {
  const pane = subject.closest(S.PREVIEW_PANE);
  if (pane) return pane;
  for (let node = subject.parentElement; node && node !== main; node = node.parentElement) {
    if (messagesIn(node).length > 0) return node;
  }
  return main;
}

function layoutOf(root: Element, main: Element, url: URL): GmailLayout {
  if (root.closest(S.PREVIEW_PANE)) return 'preview-pane';
  const list = queryFirst(main, S.THREAD_LIST);
  if (list && !isHidden(list) && !root.contains(list)) return 'preview-pane';
  return url.searchParams.has(S.STANDALONE_THREAD_PARAM) ? 'standalone' : 'thread';
}

/** The open message's sender, by the signals in selectors.ts, never from what the author wrote. */
function findSender(message: Element): Address | null {
  const first = (selectors: readonly string[]) => headerMatches(message, selectors).map(chip).find(Boolean);
  return firstSignal<Address>([
    { name: 'sender-chip', read: () => first([S.SENDER_CHIP]) },
    { name: 'sender-cell', read: () => first([S.SENDER_CELL]) },
    { name: 'heading-chip', read: () => first(S.SENDER_IN_HEADING) },
    { name: 'heading-text', read: () => headerMatches(message, [S.SENDER_HEADING]).map(addressInText).find(Boolean) },
  ]);
}

function findThreadId(subject: Element, messages: Element[], url: URL): string {
  return (
    firstSignal<string>([
      { name: 'subject-legacy-id', read: () => idFrom(subject, [S.THREAD_LEGACY_ID_ATTR]) },
      // A thread's legacy id is the legacy id of its first message.
      { name: 'first-message-id', read: () => messageIdOf(messages[0]) },
      { name: 'subject-perm-id', read: () => idFrom(subject, [S.THREAD_PERM_ID_ATTR]) },
      {
        name: 'selected-row',
        read: () => idFrom(queryFirst(subject.ownerDocument, [S.SELECTED_ROW_THREAD_ID]), S.THREAD_ID_ATTRS),
      },
      { name: 'url', read: () => threadTokenInUrl(url) },
    ]) ?? ''
  );
}

function messageIdOf(message: Element | undefined): string {
  if (!message) return '';
  const carriers = [
    message,
    ...headerMatches(
      message,
      S.MESSAGE_ID_ATTRS.map((a) => `[${a}]`),
    ),
  ];
  for (const attr of S.MESSAGE_ID_ATTRS) {
    for (const el of carriers) {
      const id = idFrom(el, [attr]);
      if (id) return id;
    }
  }
  return '';
}

function findMessageId(open: Element, subject: Element, messages: Element[]): string {
  return (
    firstSignal<string>([
      { name: 'message-ids', read: () => messageIdOf(open) },
      { name: 'subject-last-message', read: () => (messages.at(-1) === open ? idFrom(subject, [S.LAST_MESSAGE_ID_ATTR]) : '') },
    ]) ?? ''
  );
}

/**
 * Recipients of the open message. The details table separates to / cc by row position (from,
 * to, cc, bcc); without it the summary line lists everyone, reported as 'to'.
 */
function addRecipients(open: Element, sender: Address, people: PeopleList): void {
  const rows = headerMatches(open, S.DETAILS_ROWS)
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
  const summary = headerMatches(open, S.RECIPIENTS_SUMMARY);
  const chips = summary.length ? summary : headerMatches(open, S.RECIPIENT_CHIP);
  for (const el of chips) people.add(chip(el), 'to');
}

/** Reads Gmail's thread view, preview pane or standalone window; see selectors.ts for each signal. */
export function parseGmail(doc: Document, url: URL): PageContext {
  const loading = doc.querySelector(S.LOADING);
  if (loading && !isHidden(loading)) return makeContext(SITE, url, 'none');

  const main = visible(queryAll(doc, S.MAIN)) ?? null;
  const subject = main ? findSubject(main) : null;
  if (!main || !subject) {
    // The URL names a thread but none can be read: the page changed, not "nothing open".
    if (threadInUrl(url)) return makeContext(SITE, url, 'unrecognised');
    const list = main ? queryFirst(main, S.THREAD_LIST) : null;
    return makeContext(SITE, url, 'none', list ? { layout: 'list' } : {});
  }

  const root = conversationRoot(subject, main);
  const layout = layoutOf(root, main, url);
  const messages = messagesIn(root);
  const shown = messages.filter((m) => messageState(m) !== 'hidden');
  const open = shown.filter((m) => messageState(m) === 'open').pop();
  const sender = open ? findSender(open) : null;
  if (!open || !sender) return makeContext(SITE, url, 'unrecognised');

  const people = new PeopleList();
  people.add(sender, 'from');
  addRecipients(open, sender, people);
  // Everyone else on the thread: senders of the other messages, names in collapsed headers.
  for (const message of shown) if (message !== open) people.add(findSender(message), 'other');
  for (const el of root.querySelectorAll(S.ANY_PERSON)) {
    if (!inAuthorContent(el, root)) people.add(chip(el), 'other');
  }

  const body = queryFirst(open, S.MESSAGE_BODY);
  const context = makeContext(SITE, url, 'message', {
    people,
    subject: textOf(subject),
    threadId: findThreadId(subject, messages, url),
    messageId: findMessageId(open, subject, messages),
    signature: signatureOf(body, S.SIGNATURE, S.QUOTES),
    layout,
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
