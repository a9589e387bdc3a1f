import { HIDING_ATTRS } from '@/lib/adapters/dom';
import type { WatchSpec } from '@/lib/adapters/types';

/**
 * Where Outlook on the web (OWA, outlook.office.com / office365.com / live.com) keeps what we
 * read. OWA's class names are build hashes (`.aVla3`, `.OZZZK`) that change every few weeks, so
 * only ids, roles and `data-*` attributes are used, and never `aria-label` text (localized).
 * Mapped 2026-11 from public extension code that reads OWA (mailvelope outlookIntegration.js and
 * others, DOM notes dated 2025-2026); golden pages in test/fixtures/outlook/. Verify against a
 * live mailbox when one is at hand: OWA ships weekly.
 */

/** OWA's boot splash; while it shows, nothing is open yet (not "unrecognised"). */
export const LOADING = ['#loadingScreen', '#loadingSpinner'];

/**
 * The pane that renders the open item: the conversation pane of the three-column view, the
 * item pane of the full-page reader (`/mail/deeplink/read/…`, pop-outs), then the section tag.
 */
export const READING_PANE = [
  '#ConversationReadingPaneContainer',
  '#ItemReadingPaneContainer',
  '[data-app-section="ConversationContainer"]',
  '[data-app-section="MailReadCompose"]',
];

/** The conversation subject heading: `CONV_…_SUBJECT` (threads) or `…_SUBJECT` (single item). */
export const SUBJECT = ['[role="heading"][id^="CONV_"][id$="_SUBJECT"]', '[id$="_SUBJECT"]', '[role="heading"]'];

/** Per-message header parts share one id stem: `MSG_<n>_FROM`, `_TO`, `_CC`, `_BCC`, `_DATETIME`. */
export const FROM = ['[id^="MSG_"][id$="_FROM"]', '[id$="_FROM"]'];
export const FROM_SUFFIX = '_FROM';
export const RECIPIENT_SUFFIXES = { to: '_TO', cc: '_CC', other: '_BCC' } as const;

/** A rendered message body: only expanded messages have one. */
export const BODY = ['[id^="UniqueMessageBody"]', 'div[role="document"]'];

/** Where an address may sit in a header part besides its text (tooltips, persona ids, links). */
export const ADDRESS_ATTRS = ['title', 'aria-label', 'data-email', 'href'] as const;

/** The conversation id: on the pane, else on the selected row of the message list. */
export const CONVERSATION_ID_ATTR = 'data-convid';
export const SELECTED_ROW = '[data-convid][aria-selected="true"]';

/** Routes that name an open item: `/mail/<folder>/id/<id>`, `/mail/deeplink/read/<id>`, `?ItemID=`. */
export const ITEM_ID_PATH = /\/id\/([^/?#]+)/;
export const DEEPLINK_PATH = /\/deeplink\/read\/([^/?#]+)/;
export const ITEM_ID_PARAM = 'ItemID';

/** Outlook writes the composer's signature into `div#Signature`; OWA shows it as `x_Signature`. */
export const SIGNATURE = ['[id$="Signature"]'];

/** Quoted history: a reply's "From/Sent" block (`divRplyFwdMsg`) starts it; all after it goes. */
export const QUOTE_START = ['[id$="divRplyFwdMsg"]', '[id$="appendonsend"]'];
export const QUOTES = ['blockquote'];

/**
 * Re-read when this changes: the reading-pane column survives switching conversations (the
 * panes inside it are replaced), and the full-page reader is a route of its own. Parts are found
 * by id, role and section; addresses and the conversation id sit in attributes.
 */
export const WATCH: WatchSpec = {
  container: '#ReadingPaneContainerId',
  attributes: [...HIDING_ATTRS, 'id', 'role', 'data-app-section', 'aria-selected', CONVERSATION_ID_ATTR, ...ADDRESS_ATTRS],
};
