import type { PageContext } from '@/lib/schema/page-context';
import { makeContext, PeopleList } from '@/lib/adapters/context';
import { isHidden, queryAll, queryFirst, textOf } from '@/lib/adapters/dom';
import { cleanName, normaliseEmail, type Address } from '@/lib/adapters/parse-address';
import * as S from './selectors';
import { dayFromParts } from '@/lib/time/local-time';

const SITE = 'calendar-outlook';

function person(el: Element): Address | null {
  const email = S.PERSON_ADDRESS_ATTRS.map((a) => normaliseEmail(el.getAttribute(a))).find(Boolean);
  return email ? { email, name: cleanName(el.getAttribute('data-name') || el.textContent, email) } : null;
}

function peopleIn(parts: Element[]): Address[] {
  return parts.flatMap((part) => queryAll(part, S.PERSON).map(person)).filter((a): a is Address => a !== null);
}

/** A `<time datetime>` value as ISO; date-only values stay 'YYYY-MM-DD'. */
function isoOf(raw: string | null | undefined): string {
  const value = (raw ?? '').trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const ms = Date.parse(value);
  // Without an offset the value is wall-clock time we cannot place: let the user set it.
  return Number.isNaN(ms) || !/(Z|[+-]\d{2}:?\d{2})$/.test(value) ? '' : new Date(ms).toISOString();
}

/** The day the calendar view shows (`/view/day/2026/11/24`), when the item gives no time. */
function dayInUrl(url: URL): string {
  const m = S.VIEW_DAY_PATH.exec(url.pathname);
  if (!m) return '';
  return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Reads the open calendar item (item pane or peek card); the grid alone is 'none'. */
export function parseOutlookCalendar(doc: Document, url: URL): PageContext {
  const root = queryAll(doc, S.EVENT_ROOT).find((el) => !isHidden(el));
  const itemId = S.ITEM_PATH.exec(url.pathname)?.[1] ?? '';
  if (!root) return makeContext(SITE, url, itemId ? 'unrecognised' : 'none');

  const people = new PeopleList();
  const organizer = peopleIn(queryAll(root, S.ORGANIZER))[0];
  // The organizer sends the invitation: reported like a message's sender.
  people.add(organizer, 'from');
  people.addAll(peopleIn(queryAll(root, S.ATTENDEES)), 'attendee');
  const title = textOf(queryFirst(root, S.TITLE));
  if (!title && people.size === 0) return makeContext(SITE, url, 'unrecognised');

  const times = [...root.querySelectorAll(S.TIME)].map((el) => isoOf(el.getAttribute('datetime')));
  const context = makeContext(SITE, url, 'event', {
    people,
    title,
    subject: title,
    messageId: decodeURIComponent(itemId),
    eventStart: times[0] || dayInUrl(url),
  });
  const location = textOf(queryFirst(root, S.LOCATION)).slice(0, 1000);
  return location ? { ...context, location } : context;
}
