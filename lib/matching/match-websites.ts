import type { Account } from '@/lib/schema';
import { domainCandidates, domainLookupForms, isWithinDomains, normalizeDomain } from './normalize';
import type { MatchLookup, MatchSettings } from './types';

const MAX_WEBSITES = 20;

/**
 * The host of a website as a CRM field shows it: "https://www.acme.example/en", "acme.example",
 * "www.acme.example". '' when it is not a host name.
 */
export function websiteHost(raw: string): string {
  const text = raw.trim().slice(0, 500);
  if (!text || /\s/.test(text)) return '';
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).hostname;
  } catch {
    return '';
  }
  const d = normalizeDomain(host).replace(/^www\./, '');
  return d.includes('.') ? d : '';
}

/**
 * Accounts whose domain is a website the page shows (a CRM company's website field): the most
 * specific domain with accounts per website, skipping the user's own and freemail domains.
 * A weaker signal than an email: the panel reports it as a domain match.
 */
export async function accountsByWebsites(
  websites: readonly string[],
  settings: MatchSettings,
  lookup: MatchLookup,
): Promise<Account[]> {
  const own = new Set(settings.ownDomains.map(normalizeDomain));
  const freemail = new Set(settings.freemailDomains.map(normalizeDomain));
  const found = new Map<string, Account>();
  for (const raw of websites.slice(0, MAX_WEBSITES)) {
    const host = websiteHost(raw);
    if (!host || isWithinDomains(host, own) || isWithinDomains(host, freemail)) continue;
    for (const candidate of domainCandidates(host)) {
      const lists = await Promise.all(domainLookupForms(candidate).map((d) => lookup.accountsByDomain(d)));
      const accounts = lists.flat();
      for (const a of accounts) found.set(a.id, a);
      if (accounts.length > 0) break;
    }
  }
  return [...found.values()];
}
