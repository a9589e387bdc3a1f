import { HIDING_ATTRS } from '@/lib/adapters/dom';
import type { WatchSpec } from '@/lib/adapters/types';

/**
 * Where Outlook on the web (OWA on the hosts in ./hosts.ts) keeps what we read. OWA's class
 * names are build hashes (`.aVla3`, `.OZZZK`) that change every few weeks, so only ids, roles,
 * `data-*` attributes and persona markers are used, and never `aria-label` words (localized).
 * Each part has several independent signals, tried in the order parse.ts names them, so one
 * redesign does not blind the adapter. Mapped 2026-11/12 from public notes on OWA's DOM; golden
 * pages in test/fixtures/outlook/. Verify against a live mailbox when one is at hand: OWA ships weekly.
 */

/** OWA's boot splash; while it shows, nothing is open yet (not "unrecognised"). */
export const LOADING = ['#loadingScreen', '#loadingSpinner'];

/**
 * The pane that renders the open item: the conversation pane of the three-column view, the
 * item pane of the full-page reader (`/mail/deeplink/read/…`, pop-outs), then the section tags.
 */
export const READING_PANE = [
  '#ConversationReadingPaneContainer',
  '#ItemReadingPaneContainer',
  '[data-app-section="ConversationContainer"]',
  '[data-app-section="MailReadCompose"]',
];

/** A rendered message body: only expanded messages have one. Nothing inside it is header. */
export const BODY = ['[id^="UniqueMessageBody"]', 'div[role="document"]', '[data-app-section="MessageBody"]'];

/** Signal "ids": per-message header parts share one id stem, `MSG_<n>_FROM`, `_TO`, `_CC`, `_BCC`. */
export const FROM = ['[id^="MSG_"][id$="_FROM"]', '[id$="_FROM"]'];
/** The suffix cut from a `_FROM` id to get the stem of its sibling parts. */
export const FROM_SUFFIX = '_FROM';
/** Sibling parts of a `_FROM` part and the role their people get. */
export const RECIPIENT_SUFFIXES = { to: '_TO', cc: '_CC', other: '_BCC' } as const;

/** Signal "data": the header lines as OWA's test hooks name them (`data-testid`), one per role. */
export const DATA_PARTS = {
  from: '[data-testid="FromLine"]',
  to: '[data-testid="ToLine"]',
  cc: '[data-testid="CcLine"]',
  other: '[data-testid="BccLine"]',
} as const;

/** Signal "persona": the live persona card's hover targets, one per person in the header. */
export const PERSONA = ['.lpc-hoverTarget', '[data-lpc-hover-target-id]'];

/** Signal "aria": a person in the header is a button that opens a contact-card dialog. */
export const ARIA_PERSON = ['[role="button"][aria-haspopup="dialog"]'];

/** Signal "text": a header person written as `Name <address>` (outside people's own text). */
export const NAME_ADDRESS_TEXT = /\S[^<>]*<[^<>\s@]+@[^<>\s]+>/u;

/** Where an address may sit on a person besides its text (tooltips, persona ids, links). */
export const ADDRESS_ATTRS = ['title', 'aria-label', 'data-email', 'data-lpc-hover-target-id', 'href'] as const;

/**
 * The conversation subject: ids (`CONV_…_SUBJECT`, `…_SUBJECT`), then the test hook, then the
 * pane's heading by role; a titled span inside holds exactly the subject without OWA's badges.
 */
export const SUBJECT = [
  '[role="heading"][id^="CONV_"][id$="_SUBJECT"]',
  '[id$="_SUBJECT"]',
  '[data-testid="ConversationSubject"]',
  '[role="heading"][aria-level="2"]',
  '[role="heading"]',
];

/** The conversation id: on the pane, else on the selected row of the message list. */
export const CONVERSATION_ID_ATTR = 'data-convid';

/** The selected message-list row (conversation id, and the address of a sender shown by name). */
export const SELECTED_ROW = [
  '[data-convid][aria-selected="true"]',
  '[role="option"][aria-selected="true"]',
  '[data-focusable-row][aria-selected="true"]',
];

/** The message list: when it shows beside the pane, the reading pane is on. */
export const MESSAGE_LIST = ['#MailList', '[role="listbox"][data-app-section="MessageList"]', '[role="listbox"]'];

/** Routes that name an open item: `/mail/<folder>/id/<id>`, `/mail/deeplink/read/<id>`, `?ItemID=`. */
export const ITEM_ID_PATH = /\/id\/([^/?#]+)/;
export const DEEPLINK_PATH = /\/deeplink\/read\/([^/?#]+)/;
export const ITEM_ID_PARAM = 'ItemID';

/** A pop-out window's route carries this parameter (new OWA); the reader then fills the window. */
export const POPOUT_PARAM = 'popoutv2';

/** Classic OWA (older tenants) serves mail under `/owa/`; new OWA under `/mail/`. */
export const CLASSIC_PATH = /^\/owa(\/|$)/;

/** Outlook writes the composer's signature into `div#Signature`; OWA shows it as `x_Signature`. */
export const SIGNATURE = ['[id$="Signature"]'];

/** Quoted history: a reply's "From/Sent" block (`divRplyFwdMsg`) starts it; all after it goes. */
export const QUOTE_START = ['[id$="divRplyFwdMsg"]', '[id$="appendonsend"]'];
export const QUOTES = ['blockquote'];

/**
 * Re-read when this changes: the reading-pane column survives switching conversations (the
 * panes inside it are replaced), and the full-page reader is a route of its own. Parts are found
 * by id, role, section, test hooks and persona markers; addresses and ids sit in attributes.
 */
export const WATCH: WatchSpec = {
  container: '#ReadingPaneContainerId',
  attributes: [
    ...HIDING_ATTRS,
    'id',
    'role',
    'data-app-section',
    'data-testid',
    'aria-selected',
    'aria-haspopup',
    CONVERSATION_ID_ATTR,
    ...ADDRESS_ATTRS,
  ],
};
