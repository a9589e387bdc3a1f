import { safeRead } from '@/lib/adapters/context';
import type { SiteAdapter } from '@/lib/adapters/types';
import { parseDynamics } from './parse';
import { WATCH } from './selectors';

/** An organisation's host in a Dynamics 365 region: `<org>.crm.dynamics.com`, `<org>.crm4.dynamics.com`, … */
const HOST = /^[a-z0-9][a-z0-9-]*\.crm\d{0,2}\.dynamics\.com$/;

/** Dynamics 365 Sales (Unified Interface): contact, account, opportunity and lead forms. */
export const dynamicsAdapter: SiteAdapter = {
  name: 'dynamics',
  samples: {
    accepts: [
      'https://contoso.crm.dynamics.com/main.aspx?appid=7f2f3c4e-1a2b-4c5d-8e9f-0a1b2c3d4e5f&pagetype=entityrecord&etn=contact&id=5b1f6a4e-8d2c-4f3a-9b7e-1c2d3e4f5a6b',
      'https://contoso.crm4.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=%7B8c2e7b5f-9e3d-4a4b-8c8f-2d3e4f5a6b7c%7D',
      'https://contoso.crm11.dynamics.com/main.aspx?pagetype=entityrecord&etn=opportunity&id=9d3f8c6a-0f4e-4b5c-9d9a-3e4f5a6b7c8d',
      'https://contoso.crm4.dynamics.com/main.aspx?pagetype=entityrecord&etn=lead&id=ae4a9d7b-1a5f-4c6d-8eab-4f5a6b7c8d9e',
      'https://contoso.crm4.dynamics.com/main.aspx?pagetype=entitylist&etn=contact&viewid=00000000-0000-0000-00aa-000010001004',
      'https://contoso.crm.dynamics.com/main.aspx?pagetype=dashboard&type=system',
    ],
  },
  matchesUrl: (url) => url.protocol === 'https:' && HOST.test(url.hostname),
  read: (doc, url) => safeRead('dynamics', url, () => parseDynamics(doc, url)),
  watch: WATCH,
};
