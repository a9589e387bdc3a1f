import type { PageContext } from '@/lib/schema/page-context';
import { makeContext, PeopleList } from '@/lib/adapters/context';
import { isHidden, queryAll, queryFirst, textOf } from '@/lib/adapters/dom';
import { cleanName, normaliseEmail, type Address } from '@/lib/adapters/parse-address';
import * as S from './selectors';
import { dayFromParts } from '@/lib/time/local-time';

const SITE = 'calendar-google';

/** "YYYY-MM-DD" from Google's packed day key, '' when it is not one. */
export function dayFromDateKey(raw: string | null | undefined): string {
  const key = Number(raw);
  if (!Number.isInteger(key) || key <= 0) return '';
  const year = (key >> 9) + 1970;
  const month = (key >> 5) & 15;
  const day = key & 31;
  if (month < 1 || month > 12 || day < 1 || day > 31) return '';
  return dayFromParts(year, month, day);
}

/**
 * The iCalendar UID of a Google event from its `eid` (base64url of "<event id> <calendar>").
 * Google writes `UID:<event id>@google.com` into the invitations it mails, so an event scheduled
 * from its invite in Gmail and from the calendar is recognised as the same one.
 */
export function uidFromEid(eid: string): string {
  try {
    const b64 = eid.replace(/-/g, '+').replace(/_/g, '/');
    const decoded = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const id = decoded.split(' ')[0] ?? '';
    return /^[A-Za-z0-9_]+$/.test(id) ? `${id}@google.com` : '';
  } catch {
    return '';
  }
}

/** The first non-empty text in the row: the name, before Google's localized role labels. */
function firstText(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    if (text) return text;
  }
  return '';
}

function guest(el: Element): Address | null {
  const email = S.GUEST_EMAIL_ATTRS.map((a) => normaliseEmail(el.getAttribute(a))).find(Boolean);
  if (!email) return null;
  const raw = el.getAttribute(S.GUEST_NAME_ATTR) || firstText(el);
  return { email, name: cleanName(raw, email) };
}

/** The event id: on the dialog / page, else in the event page's path. */
function eventIdOf(root: Element, url: URL): string {
  return root.getAttribute(S.EVENT_ID_ATTR) || S.EVENT_PATH.exec(url.pathname)?.[1] || '';
}

/** The event's day from the grid column holding its chip; '' when the grid does not show it. */
function dayOf(doc: Document, eventId: string): string {
  if (!eventId) return '';
  const chip = [...doc.querySelectorAll(`${S.EVENT_CHIP}[${S.EVENT_ID_ATTR}]`)].find(
    (el) => el.getAttribute(S.EVENT_ID_ATTR) === eventId,
  );
  return dayFromDateKey(chip?.closest(`[${S.DAY_ATTR}]`)?.getAttribute(S.DAY_ATTR));
}

/** Reads the open event (details dialog or event page); the calendar grid alone is 'none'. */
export function parseGoogleCalendar(doc: Document, url: URL): PageContext {
  const root = queryAll(doc, S.EVENT_ROOT).find((el) => !isHidden(el));
  if (!root) return makeContext(SITE, url, S.EVENT_PATH.test(url.pathname) ? 'unrecognised' : 'none');

  const people = new PeopleList();
  const guests = queryFirst(root, S.GUESTS) ?? root;
  for (const el of queryAll(guests, S.GUEST)) people.add(guest(el), 'attendee');
  const title = textOf(queryFirst(root, S.TITLE));
  if (!title && people.size === 0) return makeContext(SITE, url, 'unrecognised');

  const eventId = eventIdOf(root, url);
  const context = makeContext(SITE, url, 'event', {
    people,
    title,
    subject: title,
    // The open item's id, as messageId is for mail: the key a scheduled meeting remembers.
    messageId: uidFromEid(eventId) || eventId,
    eventStart: dayOf(doc, eventId),
  });
  const location = textOf(queryFirst(root, S.LOCATION)).slice(0, 1000);
  return location ? { ...context, location } : context;
}
