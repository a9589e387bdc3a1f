import { domainToUnicode } from '@/lib/matching/punycode';

/**
 * Second-level labels that registries sell under a country code (bbc.co.uk, acme.com.ge): the
 * registrable name is one label longer. A heuristic, not the Public Suffix List — enough to
 * avoid suggesting "co.uk" as a client's domain without shipping a 200 KB list.
 */
const PUBLIC_SECOND_LEVEL: ReadonlySet<string> = new Set([
  'co',
  'com',
  'net',
  'org',
  'gov',
  'edu',
  'ac',
  'or',
  'ne',
  'go',
  'mil',
  'ltd',
  'plc',
]);

/**
 * Domains to look accounts up by for a page, most specific first: "https://www.mail.acme.example/x"
 * → ["mail.acme.example", "acme.example"]. "www." is dropped (accounts store domains without
 * it); IDN hosts come in both ASCII and Unicode form because either may be in a dossier.
 * An IPv4 host is its own only candidate; IPv6, single-label hosts and non-web URLs give none.
 * Accepts a URL or a bare host name.
 */
export function domainsOfPage(urlOrHost: string): string[] {
  const host = hostOf(urlOrHost.trim());
  if (host === null || host.includes(':') || host.startsWith('[')) return [];
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return [host];
  const labels = host.replace(/^www\./, '').split('.');
  if (labels.length < 2 || labels.some((l) => l === '')) return [];
  const secondLevel = labels.at(-2) ?? '';
  const shortest = labels.length >= 3 && labels.at(-1)?.length === 2 && PUBLIC_SECOND_LEVEL.has(secondLevel) ? 3 : 2;
  const out: string[] = [];
  for (let from = 0; labels.length - from >= shortest; from += 1) {
    const domain = labels.slice(from).join('.');
    out.push(domain);
    const unicode = domainToUnicode(domain);
    if (unicode !== domain) out.push(unicode);
  }
  return out;
}

function hostOf(input: string): string | null {
  if (input === '') return null;
  // "about:blank" is a URL; "acme.example:8080" is a host with a port.
  const withScheme = /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(input) ? input : `https://${input}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
}
