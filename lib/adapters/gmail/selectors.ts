import { HIDING_ATTRS } from '@/lib/adapters/dom';
import type { WatchSpec } from '@/lib/adapters/types';

/**
 * Where Gmail keeps what we read. Each part has several independent signals, tried in order
 * (parse.ts names them): stable attributes first (`email`, `data-message-id`,
 * `data-legacy-thread-id`), then ARIA roles and document structure, then Gmail's short class
 * names, then text shaped `Name <address>` and the URL; never localized label text. Learned
 * from public code that tracks Gmail (InboxSDK gmail-element-getter / gmail-message-view /
 * gmail-thread-view, gmail.js, defuddle's extractor), checked 2026-11 and 2026-12; golden pages
 * in test/fixtures/gmail/.
 */

/** Gmail's boot screen; while it shows, nothing is open yet (not "unrecognised"). */
export const LOADING = '#loading';

/** The visible view. Gmail keeps earlier views in the DOM hidden, so hidden ones are filtered out. */
export const MAIN = ['div[role="main"]'];

/** Subject signal 1: the heading carrying the permanent thread id (present 2023+). */
export const SUBJECT_BY_PERM_ID = 'h2[data-thread-perm-id]';

/** Subject signal 2: the heading carrying the legacy hex thread id. Not the bare attribute: list rows carry it on spans. */
export const SUBJECT_BY_LEGACY_ID = 'h2[data-legacy-thread-id]';

/** Subject signal 3: Gmail's subject class, the one gmail.js, InboxSDK and defuddle all use. */
export const SUBJECT_BY_CLASS = 'h2.hP';

/** Subject signal 4: structure only, the level-2 heading of the conversation outside any message. */
export const SUBJECT_BY_ROLE = ['h2', '[role="heading"][aria-level="2"]'];

/** Thread id signal 1 on the subject heading: the legacy hex id, which opens as `#all/<id>` and in the API. */
export const THREAD_LEGACY_ID_ATTR = 'data-legacy-thread-id';

/** Thread id signal 3 on the subject heading: `thread-f:<decimal>`, the same number (or "undefined" while loading). */
export const THREAD_PERM_ID_ATTR = 'data-thread-perm-id';

/** Both thread id attributes, legacy first: what a list row or heading may carry. */
export const THREAD_ID_ATTRS = [THREAD_LEGACY_ID_ATTR, THREAD_PERM_ID_ATTR] as const;

/** Values Gmail's scripts write into id attributes before the id is known; never an id. */
export const NOT_AN_ID = new Set(['undefined', 'null', 'false', '0']);

/** The list row of the conversation shown in the preview pane: it carries the thread id too. */
export const SELECTED_ROW_THREAD_ID = 'tr[aria-selected="true"] [data-legacy-thread-id]';

/** Split-view (preview pane) container inside the list view (InboxSDK getPreviewPaneContainerElement). */
export const PREVIEW_PANE = '.aia';

/** One message of the conversation: its list item, and inside it `.adn` (open) or `.adf` (collapsed) with the ids. */
export const MESSAGE = [
  '[role="list"] > [role="listitem"]',
  'div[data-message-id]',
  'div[data-legacy-message-id]',
  'div.adn',
  'div.adf',
];

/** Message id attributes: legacy hex first (stable, usable in URLs), then "#msg-f:…". */
export const MESSAGE_ID_ATTRS = ['data-legacy-message-id', 'data-message-id'] as const;

/** The subject's id of the thread's last message: the open message's id when it is the last one. */
export const LAST_MESSAGE_ID_ATTR = 'data-legacy-last-message-id';

/** The message's list item (Gmail 2023+ role=list thread); `aria-expanded` says whether it is open. */
export const MESSAGE_ITEM = '[role="listitem"]';

/** Open-message signals by class: the list item's `h7`, the message's `adn`. */
export const OPEN_CLASSES = ['h7', 'adn'] as const;

/** Collapsed-message signals by class: the list item's `kv`, the message's `adf`. */
export const COLLAPSED_CLASSES = ['kv', 'adf'] as const;

/** A message folded into "N older messages": in the DOM, not on screen. */
export const HIDDEN_MESSAGE_CLASS = 'kQ';

/** A rendered body: only an open message has one (`.a3s` / `.ii.gt`). */
export const MESSAGE_BODY = ['div.a3s', 'div.ii.gt'];

/**
 * Content written by the message's author, not Gmail: the body, quoted history, forwarded
 * headers. People in here never count, whatever attributes they carry.
 */
export const AUTHOR_CONTENT = ['.a3s', '.ii.gt', '.gmail_quote', 'blockquote', '[role="document"]'];

/** Sender signal 1: the sender chip (gmail.js `span[email].gD`). */
export const SENDER_CHIP = 'span.gD[email]';

/** Sender signal 2: the header cell's person (InboxSDK `td.gF span[email]`). */
export const SENDER_CELL = 'td.gF span[email]';

/** Sender signal 3: structure, the person in the message's h3 heading. */
export const SENDER_IN_HEADING = ['h3 [email]', 'h3 [data-hovercard-id]'];

/** Sender signal 4: the heading's text `Name <address>` (Gmail prints the address beside the name). */
export const SENDER_HEADING = 'h3';

/** Person chips keep the address in `email`; `data-hovercard-id` repeats it (gmail.js, 2024). */
export const CHIP_EMAIL_ATTRS = ['email', 'data-hovercard-id'] as const;

/** The "to …" summary line of an open message: every visible recipient, to and cc merged. */
export const RECIPIENTS_SUMMARY = ['.hb [email]', '.hb [data-hovercard-id]'];

/** Recipient fallback: person chips in the header outside the sender heading (`span.g2`). */
export const RECIPIENT_CHIP = ['span.g2[email]', 'span.g2[data-hovercard-id]'];

/**
 * The details popup (▾ under the sender): one table row per header, in Gmail's fixed order
 * from, to, cc, bcc, then date/subject/mailed-by without addresses. Rows are told apart by
 * position, never by their localized labels. Present once the user has opened it.
 */
export const DETAILS_ROWS = ['table.ajC tr', '.ajA tr', '[role="dialog"] tr'];

/** Any person chip in the thread (collapsed senders, summary lines). */
export const ANY_PERSON = '[email], [data-hovercard-id]';

/** The inbox / label list: its rows, or the list container Gmail tags `gh=tl`. */
export const THREAD_LIST = ['[gh="tl"]', 'tr.zA', 'table.F'];

/** Signature block Gmail writes into HTML mail it sends. */
export const SIGNATURE = ['.gmail_signature', '[data-smartmail="gmail_signature"]'];

/**
 * Quoted history and Gmail's own widgets inside a body: never the sender's own signature.
 * Not `.adL`: Gmail folds a repeated signature behind "…" there, and it is still the sender's.
 */
export const QUOTES = ['.gmail_quote', 'blockquote', '.yj6qo', '.adm'];

/**
 * Hash routes end in a thread token when a conversation is open: `#inbox/FMfcgz…` (32 letters
 * today), `#label/x/<token>`, or a 16-digit hex legacy id. Ten or more letters and digits, so a
 * folder name rarely passes; a list on screen is checked first anyway.
 */
export const THREAD_TOKEN = /^[A-Za-z0-9]{10,}$/;

/** The standalone thread window (opened from "In new window"): `?view=btop&th=<hex>`. */
export const STANDALONE_THREAD_PARAM = 'th';

/**
 * Attachment chips of a message (`span.aZo`) carry `download_url="<mime>:<file name>:<url>"`
 * (read by InboxSDK and many download helpers); an invitation is `text/calendar:invite.ics:…`.
 * Checked 2026-11 (test/fixtures/invites/2026-11-gmail-invite.html).
 */
export const ATTACHMENT_URL_ATTR = 'download_url';

/**
 * Every class name a selector above reads, or a state parse.ts tells apart. Gmail toggles hover
 * and focus classes all the time; only a change to one of these can alter the reading.
 */
export const WATCHED_CLASSES = [
  ...new Set(
    [
      SUBJECT_BY_CLASS,
      PREVIEW_PANE,
      ...MESSAGE,
      ...MESSAGE_BODY,
      ...AUTHOR_CONTENT,
      SENDER_CHIP,
      SENDER_CELL,
      ...RECIPIENTS_SUMMARY,
      ...RECIPIENT_CHIP,
      ...DETAILS_ROWS,
      ...THREAD_LIST,
      ...SIGNATURE,
      ...QUOTES,
    ].flatMap((selector) => [...selector.matchAll(/\.([\w-]+)/g)].map((m) => m[1] ?? '')),
  ),
  ...OPEN_CLASSES,
  ...COLLAPSED_CLASSES,
  HIDDEN_MESSAGE_CLASS,
].filter(Boolean);

/**
 * Re-read when this changes. `.aeF` holds Gmail's views (list, thread) and survives switching
 * between them; views are shown/hidden via their `style`, messages open by class and
 * `aria-expanded`, and the ids and addresses above are attributes Gmail may fill in late. A
 * class change counts only for the classes in WATCHED_CLASSES.
 */
export const WATCH: WatchSpec = {
  container: 'div.aeF',
  attributes: [
    ...HIDING_ATTRS,
    'class',
    'aria-expanded',
    'aria-selected',
    'name',
    'gh',
    ...THREAD_ID_ATTRS,
    LAST_MESSAGE_ID_ATTR,
    ...MESSAGE_ID_ATTRS,
    ...CHIP_EMAIL_ATTRS,
    ATTACHMENT_URL_ATTR,
  ],
  classes: WATCHED_CLASSES,
};
