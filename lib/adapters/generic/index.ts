import { makeContext, PeopleList, safeRead } from '@/lib/adapters/context';
import { HIDING_ATTRS, isHidden, textOf } from '@/lib/adapters/dom';
import { cleanName, parseAddressList } from '@/lib/adapters/parse-address';
import type { SiteAdapter } from '@/lib/adapters/types';

const SITE = 'generic';

/** Links that open a mail client; the scheme is matched case-insensitively in code. */
const LINKS = 'a[href]';
const MAILTO = /^\s*mailto:/i;

/**
 * People from a page's `mailto:` links. A one-address link's text (or title) is the name unless
 * it is itself the address; a link to several addresses names none of them.
 */
function readGeneric(doc: Document, url: URL) {
  const people = new PeopleList();
  for (const link of doc.querySelectorAll(LINKS)) {
    const href = link.getAttribute('href') ?? '';
    if (!MAILTO.test(href) || isHidden(link)) continue;
    const addresses = parseAddressList(href);
    const only = addresses.length === 1 ? addresses[0] : undefined;
    const name = only ? cleanName(textOf(link) || link.getAttribute('title'), only.email) : '';
    for (const address of addresses) people.add({ email: address.email, name: address.name || name }, 'other');
  }
  return makeContext(SITE, url, people.size > 0 ? 'record' : 'none', { people, title: doc.title });
}

/**
 * Any page with visible email addresses. Never chosen by the registry on its own: the content
 * script passes it (in `extra`) only on origins the user enabled (settings.genericOrigins).
 */
export const genericAdapter: SiteAdapter = {
  name: SITE,
  samples: { accepts: ['https://www.acme-logistics.example/contacts', 'http://127.0.0.1:8000/team.html'] },
  matchesUrl: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  read: (doc, url) => safeRead(SITE, url, () => readGeneric(doc, url)),
  // Links anywhere on the page; a link's target or title may change in place.
  watch: { attributes: [...HIDING_ATTRS, 'href', 'title'] },
};
