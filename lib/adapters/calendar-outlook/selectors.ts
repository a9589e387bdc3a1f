import { HIDING_ATTRS } from '@/lib/adapters/dom';
import type { WatchSpec } from '@/lib/adapters/types';

/**
 * Where Outlook on the web's calendar (outlook.office.com / office365.com / live.com, `/calendar`
 * routes) keeps the open event. As in the mail adapter (../outlook/selectors.ts), OWA's class
 * names are build hashes, so only ids, roles, `data-*` attributes, `mailto:` links and `<time>`
 * elements are used, never `aria-label` or visible labels (localized). Mapped 2026-11 from the
 * OWA mail reading pane's conventions and public notes on the calendar's peek card and item
 * pane; NOT yet checked against a live mailbox — do that when one is at hand (OWA ships weekly).
 * Golden page in test/fixtures/calendar-outlook/.
 */

/**
 * The open event: the item pane of `/calendar/item/<id>` and deeplinks, then the "peek" card
 * the grid shows on click (same app-section naming as mail's `MailReadCompose`).
 */
export const EVENT_ROOT = [
  '#ItemReadingPaneContainer',
  '[data-app-section="CalendarItemReadingPane"]',
  '[data-app-section="CalendarItemPeek"]',
];

/** The event subject: `…_SUBJECT` heading as in mail, else the first heading. */
export const TITLE = ['[id$="_SUBJECT"]', '[role="heading"]', 'h1', 'h2'];

/** The organizer part (`…_ORGANIZER`, like mail's `MSG_<n>_FROM`). */
export const ORGANIZER = ['[id$="_ORGANIZER"]', '[data-app-section="Organizer"]'];

/** The attendee list parts (required, optional). */
export const ATTENDEES = ['[id$="_ATTENDEES"]', '[id$="_REQUIRED"]', '[id$="_OPTIONAL"]', '[data-app-section="Attendees"]'];

/** Where a person's address sits: persona attributes, tooltips, mailto links. */
export const PERSON = ['[data-email]', 'a[href^="mailto:"]', '[title*="@"]'];
export const PERSON_ADDRESS_ATTRS = ['data-email', 'href', 'title'] as const;

/** Start and end as machine-readable `<time datetime>` elements, in that order. */
export const TIME = 'time[datetime]';

/** Location part of the item. */
export const LOCATION = ['[id$="_LOCATION"]', '[data-app-section="Location"]'];

/** Item routes: `/calendar/item/<id>`, `/calendar/deeplink/read/<id>`; views name their day. */
export const ITEM_PATH = /\/calendar\/(?:[^/]+\/)*?(?:item|deeplink\/read)\/([^/?#]+)/;
export const VIEW_DAY_PATH = /\/calendar\/(?:\d+\/)?view\/[a-z]+\/(\d{4})\/(\d{1,2})\/(\d{1,2})/i;

/**
 * The item pane and the peek card come and go over the grid, so the body is watched; parts are
 * found by id, role and section, people and times by attributes.
 */
export const WATCH: WatchSpec = {
  attributes: [...HIDING_ATTRS, 'id', 'role', 'data-app-section', 'data-name', 'datetime', ...PERSON_ADDRESS_ATTRS],
};
