import { safeRead } from '@/lib/adapters/context';
import type { SiteAdapter } from '@/lib/adapters/types';
import { parseHubspot } from './parse';
import { WATCH } from './selectors';

/** HubSpot's US and EU apps: records of contacts, companies, deals, leads and other objects. */
const HOST = /^app(?:-[a-z]{2,3}\d{1,2})?\.hubspot\.com$/;

export const hubspotAdapter: SiteAdapter = {
  name: 'hubspot',
  samples: {
    accepts: [
      'https://app.hubspot.com/contacts/48215793/record/0-1/90214551',
      'https://app.hubspot.com/contacts/48215793/record/0-2/17752309912',
      'https://app-eu1.hubspot.com/contacts/25990311/record/0-3/31208455672/view/1',
      'https://app.hubspot.com/contacts/48215793/record/0-136/4412',
      'https://app.hubspot.com/contacts/48215793/contact/90214551',
      'https://app.hubspot.com/contacts/48215793/company/17752309912',
      'https://app.hubspot.com/contacts/48215793/objects/0-1/views/all/list',
      'https://app.hubspot.com/reports-dashboard/48215793/view/1200451',
    ],
  },
  matchesUrl: (url) => url.protocol === 'https:' && HOST.test(url.hostname),
  read: (doc, url) => safeRead('hubspot', url, () => parseHubspot(doc, url)),
  watch: WATCH,
};
