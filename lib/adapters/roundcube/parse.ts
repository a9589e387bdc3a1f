import type { PageContext } from '@/lib/schema/page-context';
import { sameOriginUrl } from '@/lib/adapters/calendar-invite/link';
import { makeContext, PeopleList } from '@/lib/adapters/context';
import { queryFirst, textOf, without } from '@/lib/adapters/dom';
import { cleanName, normaliseEmail, parseAddress, type Address } from '@/lib/adapters/parse-address';
import { signatureOf } from '@/lib/adapters/signature';
import * as S from './selectors';

const SITE = 'roundcube';

/** A document still loading (a preview frame's, above all) has no body yet; the DOM typings say it always has. */
function bodyOf(doc: Document): HTMLElement | null {
  return doc.body;
}

/** Roundcube's DOM, whatever the host: a `task-*` body plus one of its own markers. */
export function isRoundcube(doc: Document): boolean {
  const body = bodyOf(doc);
  if (!body || ![...body.classList].some((c) => c.startsWith(S.BODY_TASK_PREFIX))) return false;
  if (queryFirst(doc, S.MARKERS)) return true;
  return [...doc.querySelectorAll('script:not([src])')].some((s) => s.textContent.includes(S.SCRIPT_MARKER));
}

/**
 * One `.rcmContactAddress`: the address is in `href="mailto:"` or `title`; the text is the name,
 * or "Name <address>" when the user turned on message_show_email, or the bare address.
 */
function contact(el: Element): Address | null {
  const email = normaliseEmail(el.getAttribute('href')) ?? normaliseEmail(el.getAttribute('title'));
  if (!email) return null;
  const text = textOf(el);
  const parsed = parseAddress(text);
  return { email, name: parsed ? parsed.name : cleanName(text, email) };
}

function contactsIn(cell: Element | null): Address[] {
  if (!cell) return [];
  return [...cell.querySelectorAll(S.CONTACT)].map(contact).filter((a): a is Address => a !== null);
}

/** `mbox:uid` from the first URL that names a message, else from the page's env script. */
function messageIdOf(doc: Document, urls: (string | null | undefined)[]): string {
  for (const href of urls) {
    try {
      const params = new URL(href ?? '').searchParams;
      const uid = params.get('_uid');
      if (uid) return `${params.get('_mbox') ?? ''}:${uid}`;
    } catch {
      // Not a URL (about:blank, a relative src): try the next source.
    }
  }
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent;
    const uid = /"uid":"?([^",}]+)/.exec(text)?.[1];
    const mbox = /"mailbox":("(?:[^"\\]|\\.)*")/.exec(text)?.[1];
    if (uid) return `${mbox ? (JSON.parse(mbox) as string) : ''}:${uid}`;
  }
  return '';
}

function subjectOf(header: Element): string {
  const heading = header.querySelector(S.SUBJECT);
  return heading ? textOf(without(heading, S.SUBJECT_NOISE)) : '';
}

/** A message document: the full page (action-show) or the preview frame's (action-preview). */
function readMessage(doc: Document, url: URL, messageUrls: (string | null | undefined)[]): PageContext {
  const header = doc.querySelector(S.HEADER);
  if (!header) return makeContext(SITE, url, 'unrecognised');
  const from = contactsIn(header.querySelector(S.FROM_CELL));
  const sender = from[0] ?? contactsIn(header.querySelector(S.SUMMARY))[0];
  if (!sender) return makeContext(SITE, url, 'unrecognised');

  const people = new PeopleList();
  people.add(sender, 'from');
  for (const [selector, role] of S.RECIPIENT_CELLS) people.addAll(contactsIn(header.querySelector(selector)), role);

  const context = makeContext(SITE, url, 'message', {
    people,
    subject: subjectOf(header),
    messageId: messageIdOf(doc, messageUrls),
    signature: signatureOf(doc.querySelector(S.BODY), S.SIGNATURE, S.QUOTES),
  });
  // Set only when the message carries an invitation, so other pages read exactly as before.
  const inviteUrl = inviteUrlOf(doc, url, messageUrls);
  return inviteUrl ? { ...context, inviteUrl } : context;
}

/**
 * The invitation attachment's download URL, resolved against the message document's own
 * address (the preview frame's), same origin as the page only. `_download=1` asks Roundcube
 * for the raw part rather than its viewer page.
 */
function inviteUrlOf(doc: Document, url: URL, messageUrls: (string | null | undefined)[]): string {
  const item = [...doc.querySelectorAll(S.ATTACHMENT_ITEMS)].find((li) => S.INVITE_CLASSES.some((c) => li.classList.contains(c)));
  const href = item?.querySelector(S.ATTACHMENT_LINK)?.getAttribute('href');
  const base = messageUrls.find((u) => u && /^https?:/.test(u)) ?? url.href;
  const link = sameOriginUrl(href, base, url.origin);
  if (!link) return '';
  const out = new URL(link);
  out.searchParams.set('_download', '1');
  return out.href;
}

/** The preview frame's document and its address, when the browser lets us read it (same origin). */
function previewOf(doc: Document, url: URL): { doc: Document; urls: (string | null | undefined)[] } | null {
  const frame = doc.querySelector<HTMLIFrameElement>(S.PREVIEW_FRAME);
  if (!frame) return null;
  try {
    const inner = frame.contentDocument;
    if (!inner) return null;
    // The frame's own address first; its src attribute is relative and can lag behind navigation.
    const src = frame.getAttribute('src');
    return { doc: inner, urls: [frame.contentWindow?.location.href, inner.URL, src && new URL(src, url).href] };
  } catch {
    return null; // Cross-origin frame: not ours to read.
  }
}

const isMessageView = (doc: Document): boolean => S.MESSAGE_ACTIONS.some((action) => bodyOf(doc)?.classList.contains(action));

/** Reads Roundcube's message page, its preview document, or the list page through its frame. */
export function parseRoundcube(doc: Document, url: URL): PageContext {
  if (!bodyOf(doc)?.classList.contains(S.TASK_MAIL)) return makeContext(SITE, url, 'none');
  if (isMessageView(doc)) return readMessage(doc, url, [url.href]);
  const preview = previewOf(doc, url);
  if (!preview || !isMessageView(preview.doc)) return makeContext(SITE, url, 'none');
  return readMessage(preview.doc, url, preview.urls);
}
