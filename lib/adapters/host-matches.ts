/**
 * Where the content script runs by default. Kept in one list so the manifest, the adapter
 * registry test and the README agree. Self-hosted webmail and CRM rules are added at run time
 * (optional host permission + scripting.registerContentScripts), never here.
 */
export const hostMatches = [
  'https://mail.google.com/*',
  'https://calendar.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://app.hubspot.com/*',
  'https://*.pipedrive.com/*',
  'https://crm.zoho.com/*',
  'https://crm.zoho.eu/*',
  'https://*.crm.dynamics.com/*',
  'https://*.crm4.dynamics.com/*',
];

/** Loopback hosts for the e2e and demo build only (contract.md). */
export const loopbackMatches = ['http://127.0.0.1/*', 'http://localhost/*'];
