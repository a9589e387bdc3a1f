import { HIDING_ATTRS } from '@/lib/adapters/dom';
import type { WatchSpec } from '@/lib/adapters/types';

/**
 * Where Google Calendar (calendar.google.com) keeps the open event. Its class names are build
 * hashes, so only ids, roles and `data-*` attributes are used, never visible labels ("Guests",
 * "Organizer" are localized). Learned 2026-11 from public extension code that reads the event
 * details dialog (ids `xDetDlg…`, guest chips with `data-email` / `data-hovercard-id`, event
 * chips with `data-eventid` inside day columns with `data-datekey`); golden page in
 * test/fixtures/calendar-google/. Verify against a live calendar when one is at hand.
 */

/**
 * The open event: the details dialog ("bubble") over the grid, which carries the event id, then
 * the full event page (`/r/eventedit/<eid>`), whose main region carries it as well.
 */
export const EVENT_ROOT = ['[role="dialog"][data-eventid]', '#xDetDlg', '[role="main"][data-eventid]'];

/** The event id attribute; also on the grid's event chips (`data-eventchip`). */
export const EVENT_ID_ATTR = 'data-eventid';

/** The event's title: the dialog's heading (`#rAECCd` today), else its first heading. */
export const TITLE = ['#rAECCd', '[role="heading"]', 'h1', 'h2'];

/** The guest list section of the dialog / event page. */
export const GUESTS = ['#xDetDlgAtt', '#xGstLst', '[data-guest-list]'];

/**
 * One guest: the address in `data-email` (guest rows) or `data-hovercard-id` (person chips,
 * as in Gmail). The organizer is one of the guests; Google marks them only with a localized
 * label, so every guest is reported as an attendee.
 */
export const GUEST_EMAIL_ATTRS = ['data-email', 'data-hovercard-id'] as const;
export const GUEST = GUEST_EMAIL_ATTRS.map((a) => `[${a}]`);

/** A guest's display name: the row's `data-name` when present, else its first text line. */
export const GUEST_NAME_ATTR = 'data-name';

/** Location section of the dialog; its text is the user's own (not localized UI text). */
export const LOCATION = ['#xDetDlgLoc [data-location]', '#xDetDlgLoc'];

/**
 * The event's day: the grid column holding the event's chip carries `data-datekey`, a packed
 * integer ((year - 1970) << 9 | month << 5 | day). Google shows the time only as localized
 * text, so the time of day is left to the user.
 */
export const DAY_ATTR = 'data-datekey';
export const EVENT_CHIP = '[data-eventchip]';

/** Routes: the event page names the event id in its path; views name the shown day. */
export const EVENT_PATH = /\/r\/eventedit\/([^/?#]+)/;

/**
 * The details dialog is added to the body over whichever view is open, so the body is watched;
 * the event, its guests and its day are all read from attributes.
 */
export const WATCH: WatchSpec = {
  attributes: [
    ...HIDING_ATTRS,
    'id',
    'role',
    EVENT_ID_ATTR,
    ...GUEST_EMAIL_ATTRS,
    GUEST_NAME_ATTR,
    DAY_ATTR,
    'data-eventchip',
    'data-location',
    'data-guest-list',
  ],
};
