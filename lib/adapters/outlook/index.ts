import { safeRead } from '@/lib/adapters/context';
import type { SiteAdapter } from '@/lib/adapters/types';
import { OUTLOOK_HOSTS } from './hosts';
import { parseOutlook } from './parse';
import { WATCH } from './selectors';

/** Mail routes only: `/mail/…` (new OWA) and `/owa/…` (older tenants); not /calendar or /people. */
const MAIL_PATH = /^\/(mail|owa)(\/|$)/;

/** Outlook on the web: reading pane, full-page reader and pop-outs on the OWA hosts (./hosts.ts). */
export const outlookAdapter: SiteAdapter = {
  name: 'outlook',
  samples: {
    accepts: [
      'https://outlook.cloud.microsoft/mail/',
      'https://outlook.cloud.microsoft/mail/inbox/id/AAQkADAwATM0MDAAMS1iNmY3LTQ5ZjEtMDACLTAwCgAQAMt8%2Fh%2B3A0VJrSWh0CZ6u2E%3D',
      'https://outlook.office.com/mail/',
      'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNmY3LTQ5ZjEtMDACLTAwCgAQAMt8%2Fh%2B3A0VJrSWh0CZ6u2E%3D',
      'https://outlook.office365.com/mail/deeplink/read/AAMkADAwATM0MDAAMS1iNmY3?ItemID=AAMkADAwATM0MDAAMS1iNmY3&exvsurl=1',
      'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATZiZmYAZC1kMzA4LTY2MDMtMDACLTAwCgAQAO3',
      'https://outlook.office365.com/owa/?path=/mail/inbox',
    ],
  },
  matchesUrl: (url) => url.protocol === 'https:' && OUTLOOK_HOSTS.has(url.hostname) && MAIL_PATH.test(url.pathname),
  read: (doc, url) => safeRead('outlook', url, () => parseOutlook(doc, url)),
  watch: WATCH,
};
