import { safeRead } from '@/lib/adapters/context';
import type { SiteAdapter } from '@/lib/adapters/types';
import { parseGmail } from './parse';
import { WATCH } from './selectors';

/** Gmail (mail.google.com/mail/…): thread view, preview pane, standalone thread window. */
export const gmailAdapter: SiteAdapter = {
  name: 'gmail',
  samples: {
    accepts: [
      'https://mail.google.com/mail/u/0/#inbox',
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgRnJkWxtLzXbKmVdPqHsTwCc',
      'https://mail.google.com/mail/u/1/#label/Clients/FMfcgzQbgRnJkWxtLzXbKmVdPqHsTwCc',
      'https://mail.google.com/mail/?ui=2&view=btop&th=19a3c4d5e6f70812',
    ],
  },
  matchesUrl: (url) => url.hostname === 'mail.google.com' && url.pathname.startsWith('/mail'),
  read: (doc, url) => safeRead('gmail', url, () => parseGmail(doc, url)),
  watch: WATCH,
};
