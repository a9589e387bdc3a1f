import { safeRead } from '@/lib/adapters/context';
import type { SiteAdapter } from '@/lib/adapters/types';
import { parsePipedrive } from './parse';
import { WATCH } from './selectors';

/** Pipedrive: person, organization, deal and lead records on the company's own subdomain. */
export const pipedriveAdapter: SiteAdapter = {
  name: 'pipedrive',
  samples: {
    accepts: [
      'https://nordfreight.pipedrive.com/person/118',
      'https://nordfreight.pipedrive.com/organization/42',
      'https://nordfreight.pipedrive.com/deal/7',
      'https://nordfreight.pipedrive.com/leads/inbox/3f0c2f7e-2c1b-4d8e-9a41-6f1b2d3c4e5f',
      'https://nordfreight.pipedrive.com/persons/list',
      'https://nordfreight.pipedrive.com/pipeline',
    ],
  },
  matchesUrl: (url) => url.protocol === 'https:' && /^[a-z0-9-]+\.pipedrive\.com$/i.test(url.hostname),
  read: (doc, url) => safeRead('pipedrive', url, () => parsePipedrive(doc, url)),
  watch: WATCH,
};
