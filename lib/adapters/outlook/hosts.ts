/**
 * The hosts Outlook on the web runs on, mail and calendar alike (lib/adapters/host-matches.ts
 * grants the content script the same list). Microsoft 365 business tenants are moving from
 * outlook.office.com to outlook.cloud.microsoft, which serves the same app.
 */
export const OUTLOOK_HOSTS: ReadonlySet<string> = new Set([
  'outlook.cloud.microsoft',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
]);
