import type { SiteRule } from '@/lib/schema/site-rule';
import { makeContext, PeopleList, safeRead } from './context';
import { queryDeepSelector } from './deep-selector';
import { HIDING_ATTRS, textOf } from './dom';
import { parseAddressList, type Address } from './parse-address';
import { matchesPattern, sampleUrl } from './match-pattern';
import type { SiteAdapter } from './types';

const SITE = 'site-rule';

/** The addresses one matched element holds: in `emailAttribute` when the rule names one, else its text. */
function addressesOf(el: Element, attribute: string | undefined): Address[] {
  const raw = attribute ? el.getAttribute(attribute) : el.textContent;
  return parseAddressList(raw);
}

/**
 * A user's rule (lib/schema/site-rule.ts) as an adapter: emails from `emailSelector`, the name
 * from `nameSelector` — paired by position when both find the same number of elements (a list
 * of contacts), else the first name goes to the first address (one record's page). A selector
 * the browser rejects, or one that finds nothing on the page, gives 'unrecognised', so the panel
 * says the rule needs fixing (the page changed, or the rule points at the wrong place).
 * Selectors may step into open shadow roots and same-origin iframes with ` >>> `
 * (lib/adapters/deep-selector.ts); plain CSS is queried exactly as before.
 */
export function adapterFromRule(rule: SiteRule): SiteAdapter {
  const read = (doc: Document, url: URL) => {
    const emailEls = queryDeepSelector(doc, rule.emailSelector);
    if (emailEls.length === 0) return makeContext(SITE, url, 'unrecognised', { title: doc.title });
    const nameEls = rule.nameSelector ? queryDeepSelector(doc, rule.nameSelector) : [];
    const paired = nameEls.length === emailEls.length;
    const people = new PeopleList();
    emailEls.forEach((el, i) => {
      const nameEl = paired ? nameEls[i] : i === 0 ? nameEls[0] : undefined;
      const name = textOf(nameEl).slice(0, 200);
      addressesOf(el, rule.emailAttribute).forEach((address, j) => {
        people.add({ email: address.email, name: address.name || (j === 0 ? name : '') }, 'record');
      });
    });
    return makeContext(SITE, url, people.size > 0 ? 'record' : 'none', { people, title: doc.title });
  };
  return {
    name: `rule:${rule.id}`,
    samples: { accepts: [sampleUrl(rule.urlPattern)].filter(Boolean) },
    matchesUrl: (url) => matchesPattern(rule.urlPattern, url),
    read: (doc, url) => safeRead(SITE, url, () => read(doc, url)),
    // The user's selectors may test any class or id; the address may sit in the rule's attribute.
    watch: { attributes: [...HIDING_ATTRS, 'class', 'id', ...(rule.emailAttribute ? [rule.emailAttribute] : [])] },
  };
}
