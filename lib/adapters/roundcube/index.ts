import { safeRead } from '@/lib/adapters/context';
import type { SiteAdapter } from '@/lib/adapters/types';
import { isRoundcube, parseRoundcube } from './parse';
import { WATCH } from './selectors';

/**
 * Roundcube webmail on any host (self-hosted, the demo on 127.0.0.1). Chosen by its DOM
 * (`matchesDocument`); the URL check only says "looks like Roundcube" (`?_task=`) for samples.
 * Its preview pane is an iframe whose navigation no mutation of the outer page reports: the
 * content script also listens for frame `load` events (lib/content/watch-page.ts).
 */
export const roundcubeAdapter: SiteAdapter = {
  name: 'roundcube',
  samples: {
    accepts: [
      'http://127.0.0.1:8000/?_task=mail&_mbox=INBOX',
      'http://127.0.0.1:8000/?_task=mail&_uid=42&_mbox=INBOX&_action=show',
      'https://webmail.example.org/roundcube/?_task=mail&_action=preview&_uid=7&_mbox=Clients&_framed=1',
    ],
  },
  matchesUrl: (url) => (url.protocol === 'https:' || url.protocol === 'http:') && url.searchParams.has('_task'),
  matchesDocument: (doc) => {
    try {
      return isRoundcube(doc);
    } catch {
      return false;
    }
  },
  read: (doc, url) => safeRead('roundcube', url, () => parseRoundcube(doc, url)),
  watch: WATCH,
};
