import { HIDING_ATTRS } from '@/lib/adapters/dom';
import type { WatchSpec } from '@/lib/adapters/types';

/**
 * Where Gmail keeps what we read. Stable attributes first (`email`, `data-message-id`,
 * `data-legacy-thread-id`), Gmail's short class names only as alternatives; never visible text,
 * which Gmail localizes. Learned from public code that tracks Gmail (InboxSDK
 * gmail-element-getter / gmail-message-view / gmail-thread-view, gmail.js, defuddle's
 * extractor), checked 2026-11; golden pages in test/fixtures/gmail/.
 */

/** Gmail's boot screen; while it shows, nothing is open yet (not "unrecognised"). */
export const LOADING = '#loading';

/** The visible view. Gmail keeps earlier views in the DOM with display:none, so filter hidden ones. */
export const MAIN = ['div[role="main"]'];

/**
 * The conversation subject. It carries the thread ids, so the thread-id attributes come first;
 * `h2.hP` is the class gmail.js, InboxSDK and defuddle all use. Not `[data-legacy-thread-id]`
 * alone: list rows carry it on spans too.
 */
export const SUBJECT = ['h2[data-thread-perm-id]', 'h2[data-legacy-thread-id]', 'h2.hP', '.ha h2'];

/** Thread id attributes on the subject: the legacy hex id opens as `#all/<id>` and in the API. */
export const THREAD_ID_ATTRS = ['data-legacy-thread-id', 'data-thread-perm-id'] as const;

/** Split-view (preview pane) container inside the list view (InboxSDK getPreviewPaneContainerElement). */
export const PREVIEW_PANE = '.aia';

/** One message of the conversation: expanded `.adn.ads`, collapsed `.adf.ads`; both carry the ids. */
export const MESSAGE = ['div[data-message-id]', 'div.adn', 'div.adf'];

/** Message id attributes: legacy hex first (stable, usable in URLs), then "#msg-f:…". */
export const MESSAGE_ID_ATTRS = ['data-legacy-message-id', 'data-message-id'] as const;

/** The message row's list item says whether it is open (Gmail 2023+ role=list thread). */
export const MESSAGE_ITEM = '[role="listitem"]';

/** Marks an expanded message: Gmail's open class, or a rendered body (`.a3s` / `.ii.gt`). */
export const EXPANDED_MESSAGE_CLASS = 'adn';
export const MESSAGE_BODY = ['div.a3s', 'div.ii.gt'];

/** The sender: `span[email]` in the header cell (InboxSDK `td.gF span[email]`, gmail.js `span[email].gD`). */
export const SENDER = ['span.gD[email]', 'td.gF span[email]', 'h3 span[email]', 'h3 [data-hovercard-id]'];

/** Person chips keep the address in `email`; `data-hovercard-id` repeats it (gmail.js, 2024). */
export const CHIP_EMAIL_ATTRS = ['email', 'data-hovercard-id'] as const;

/** The "to …" summary line of an open message: every visible recipient, to and cc merged. */
export const RECIPIENTS_SUMMARY = ['.hb span[email]'];

/**
 * The details popup (▾ under the sender): one table row per header, in Gmail's fixed order
 * from, to, cc, bcc, then date/subject/mailed-by without addresses. Rows are told apart by
 * position, never by their localized labels. Present once the user has opened it.
 */
export const DETAILS_ROWS = ['table.ajC tr', '.ajA tr'];

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

/**
 * Attachment chips of a message (`span.aZo`) carry `download_url="<mime>:<file name>:<url>"`
 * (read by InboxSDK and many download helpers); an invitation is `text/calendar:invite.ics:…`.
 * Checked 2026-11 (test/fixtures/invites/2026-11-gmail-invite.html).
 */
export const ATTACHMENT_URL_ATTR = 'download_url';

/**
 * Re-read when this changes. `.aeF` holds Gmail's views (list, thread) and survives switching
 * between them; views are shown/hidden via their `style`, messages open by class and
 * `aria-expanded`, and the ids and addresses above are attributes Gmail may fill in late.
 */
export const WATCH: WatchSpec = {
  container: 'div.aeF',
  attributes: [
    ...HIDING_ATTRS,
    'class',
    'aria-expanded',
    'name',
    'gh',
    ...THREAD_ID_ATTRS,
    ...MESSAGE_ID_ATTRS,
    ...CHIP_EMAIL_ATTRS,
    ATTACHMENT_URL_ATTR,
  ],
};
