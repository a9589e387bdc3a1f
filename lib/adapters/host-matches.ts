/**
 * Where the content script runs by default: only hosts a built-in adapter reads, so Keyside asks
 * for no permission it does not use. Self-hosted webmail, generic pages and CRM rules are added
 * at run time (optional host permission + scripting.registerContentScripts), never here.
 */
export const gmailMatches = ['https://mail.google.com/*'];
export const googleCalendarMatches = ['https://calendar.google.com/*'];
/** Outlook on the web; Microsoft 365 business tenants move from outlook.office.com to outlook.cloud.microsoft. */
export const outlookMatches = [
  'https://outlook.cloud.microsoft/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
];

export const hostMatches = [...gmailMatches, ...googleCalendarMatches, ...outlookMatches];

/** Loopback hosts for the e2e and demo build only (docs/contract.md, Commands). */
export const loopbackMatches = ['http://127.0.0.1/*', 'http://localhost/*'];
