import { safeRead } from '@/lib/adapters/context';
import type { SiteAdapter } from '@/lib/adapters/types';
import { parseZoho } from './parse';
import { WATCH } from './selectors';

/** Zoho CRM's data centres (lib/adapters/crm-sites.ts holds the same hosts as match patterns). */
const HOSTS = new Set(['crm.zoho.com', 'crm.zoho.eu', 'crm.zoho.in', 'crm.zoho.com.au']);

/** Zoho CRM: the detail view of a contact, account, deal or lead (`/crm/org<id>/tab/<Module>/<id>`). */
export const zohoAdapter: SiteAdapter = {
  name: 'zoho',
  samples: {
    accepts: [
      'https://crm.zoho.com/crm/org20071234567/tab/Contacts/4876876000000345001',
      'https://crm.zoho.eu/crm/org20071234567/tab/Accounts/4876876000000345017',
      'https://crm.zoho.in/crm/org60012345678/tab/Potentials/4876876000000345033',
      'https://crm.zoho.com.au/crm/org7001234567/tab/Leads/4876876000000345049',
      'https://crm.zoho.com/crm/tab/Contacts/4876876000000345001',
      'https://crm.zoho.eu/crm/org20071234567/tab/Contacts/custom-view/4876876000000087501/list',
      'https://crm.zoho.com/crm/org20071234567/tab/Home/begin',
      'https://crm.zoho.com/crm/org20071234567/tab/Reports',
    ],
  },
  matchesUrl: (url) => url.protocol === 'https:' && HOSTS.has(url.hostname) && url.pathname.startsWith('/crm/'),
  read: (doc, url) => safeRead('zoho', url, () => parseZoho(doc, url)),
  watch: WATCH,
};
