import { safeRead } from '@/lib/adapters/context';
import type { SiteAdapter } from '@/lib/adapters/types';
import { parseSalesforce } from './parse';
import { WATCH } from './selectors';

/**
 * Salesforce Lightning Experience (<org>.lightning.force.com): record pages of contacts,
 * accounts, opportunities, leads and other objects, in standard and console apps.
 */
export const salesforceAdapter: SiteAdapter = {
  name: 'salesforce',
  samples: {
    accepts: [
      'https://keyside-demo.lightning.force.com/lightning/r/Contact/003Aa00000XyZ12AAB/view',
      'https://keyside-demo.lightning.force.com/lightning/r/Account/001Aa00000Ab3CdAAE/view',
      'https://keyside-demo.lightning.force.com/lightning/r/Opportunity/006Aa00000Qr5StAAD/view',
      'https://keyside-demo.lightning.force.com/lightning/r/Lead/00QAa00000Lm7NoAAF/view',
      'https://keyside-demo.lightning.force.com/lightning/o/Contact/list?filterName=Recent',
      'https://keyside-demo.lightning.force.com/lightning/page/home',
      'https://keyside-dev-ed.develop.lightning.force.com/lightning/r/Contact/003Aa00000XyZ12AAB/view?ws=%2Flightning%2Fr%2FAccount%2F001Aa00000Ab3CdAAE%2Fview',
    ],
  },
  matchesUrl: (url) =>
    url.protocol === 'https:' && url.hostname.endsWith('.lightning.force.com') && url.pathname.startsWith('/lightning'),
  read: (doc, url) => safeRead('salesforce', url, () => parseSalesforce(doc, url)),
  watch: WATCH,
};
