import { HIDING_ATTRS } from '@/lib/adapters/dom';
import type { WatchSpec } from '@/lib/adapters/types';

/**
 * Where Roundcube (elastic skin, 1.6+) keeps what we read. Roundcube runs on any host, so it is
 * recognised by its DOM. The markup comes from roundcube/roundcubemail: templates
 * skins/elastic/templates/{mail,message}.html, program/actions/mail/show.php (message_headers:
 * one `td.header.<name>` cell per header) and mail/index.php (address_string: every address is
 * `.rcmContactAddress` with the address in `href="mailto:"` / `title`, the name as text).
 * Checked 2026-11 against the repository at 28b44419; golden pages in test/fixtures/roundcube/.
 */

/** Every Roundcube page: `<body class="task-<task> action-<action>">` (includes/layout.html). */
export const BODY_TASK_PREFIX = 'task-';
export const TASK_MAIL = 'task-mail';

/** The message views: the full page (`_action=show`) and the preview pane's document. */
export const MESSAGE_ACTIONS = ['action-show', 'action-preview'];

/**
 * Roundcube's own markers, any one of which, with a `task-*` body, means "this is Roundcube":
 * the message stack every elastic page ends with (includes/footer.html), the preview frame,
 * contact links, the app script, the generator meta of its bare pages.
 */
export const MARKERS = [
  '#messagestack',
  '#messagecontframe',
  '.rcmContactAddress',
  'script[src*="program/js/app"]',
  'meta[name="generator"][content*="Roundcube"]',
];

/** Inline script text every Roundcube page carries (`var rcmail = new rcube_webmail();`). */
export const SCRIPT_MARKER = 'rcube_webmail';

/** The preview pane iframe on the mail list page (mail.html `contentframe`). */
export const PREVIEW_FRAME = '#messagecontframe';

/** The message header block (message.html). */
export const HEADER = '#message-header';

/** Subject heading; its `.voice` label ("Subject:") is localized and its link is a button. */
export const SUBJECT = 'h2.subject';
export const SUBJECT_NOISE = ['.voice', 'a', 'button'];

/** Header cells by header name (show.php message_headers: `class="header <name>"`). */
export const FROM_CELL = 'td.header.from';
export const RECIPIENT_CELLS = [
  ['td.header.to', 'to'],
  ['td.header.cc', 'cc'],
  ['td.header.bcc', 'other'],
  ['td.header.replyto', 'other'],
  ['td.header.mail-reply-to', 'other'],
  ['td.header.sender', 'other'],
  ['td.header.mail-followup-to', 'other'],
] as const;

/** The one-line summary ("From X on date") shown instead of the table; fallback for the sender. */
export const SUMMARY = '.header-summary';

/** One address (linked `<a>` or plain `<span>`). */
export const CONTACT = '.rcmContactAddress';

/** Message body and the signature Roundcube marks in plain-text mail (rcube_text2html). */
export const BODY = '#messagebody';
export const SIGNATURE = ['span.sig', '.sig'];
export const QUOTES = ['blockquote'];

/**
 * Re-read when this changes: the content column holds the preview frame (list page) or the
 * message itself (`_action=show`). The frame navigates without DOM mutations; its `load` event
 * is caught separately (lib/content/watch-page.ts). Addresses sit in `href` and `title`.
 */
export const WATCH: WatchSpec = {
  container: '#layout-content',
  attributes: [...HIDING_ATTRS, 'class', 'src', 'href', 'title'],
};

/**
 * The message's attachment list (message.html `messageAttachments`, show.php
 * message_attachments): one `<li>` per attachment whose classes are file2class(mime, name) —
 * "text calendar ics" for an invitation — holding `a.filename` with the part's URL.
 */
export const ATTACHMENT_ITEMS = '#attachment-list li';
export const ATTACHMENT_LINK = 'a.filename';
export const INVITE_CLASSES = ['calendar', 'ics'];
