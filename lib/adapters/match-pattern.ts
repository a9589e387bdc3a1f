/**
 * WebExtension match patterns (`https://crm.example.com/*`, `*://*.example.org/app/*`,
 * `http://127.0.0.1:8000/*`), as the user writes them in a site rule (lib/schema/site-rule.ts).
 * Same meaning as the browser gives them, so a rule that matches here is one the browser injects
 * into: `*` scheme = http or https; `*.host` = host and its subdomains; no port = any port;
 * the path glob covers path and query; the fragment is ignored.
 *
 * Matching is a scan, never a RegExp built from the pattern: patterns arrive in backups, and a
 * pattern's stars compiled to `.*` backtrack exponentially (repository issue 10). The work is
 * linear in pattern and URL length (lib/adapters/glob-match.ts).
 */
import { globMatches } from './glob-match';

// Fixed expression, linear: the host alternatives exclude '/' and '*', so nothing backtracks.
const PATTERN_RE = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/;

interface ParsedPattern {
  schemes: readonly string[];
  /** Lower-case; `*`, `*.example.org` or a literal host, with a port when the pattern names one. */
  host: string;
  /** Glob over path and query, starting with '/'. */
  path: string;
}

function parsePattern(pattern: string): ParsedPattern | null {
  const m = PATTERN_RE.exec(pattern.trim());
  if (!m) return null;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  return { schemes: scheme === '*' ? ['http', 'https'] : [scheme], host: host.toLowerCase(), path };
}

/** Whether a full URL (href, or a URL object) matches the pattern; never matches if the pattern is invalid. */
export function matchesPattern(pattern: string, url: URL | string): boolean {
  const parsed = parsePattern(pattern);
  if (!parsed) return false;
  const href = typeof url === 'string' ? url : url.href;
  const scheme = parsed.schemes.find((s) => href.startsWith(`${s}://`));
  if (!scheme) return false;
  const rest = href.slice(scheme.length + 3);
  const slash = rest.indexOf('/');
  if (slash < 0) return false;
  if (!authorityMatches(parsed.host, rest.slice(0, slash))) return false;
  const hash = rest.indexOf('#', slash);
  return globMatches(parsed.path, hash < 0 ? rest.slice(slash) : rest.slice(slash, hash));
}

/** `authority` is what lies between '://' and the path's first '/'. */
function authorityMatches(host: string, authority: string): boolean {
  // A pattern that names a port must match it exactly; one without matches any port.
  if (host.includes(':')) return hostMatches(host, authority);
  const colon = authority.indexOf(':');
  if (colon >= 0 && !/^\d+$/.test(authority.slice(colon + 1))) return false;
  return hostMatches(host, colon < 0 ? authority : authority.slice(0, colon));
}

/** `*` = any host; `*.base` = base or any subdomain of it; otherwise the literal host. */
function hostMatches(host: string, text: string): boolean {
  if (host === '*') return isHostName(text);
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    if (text === base) return true;
    const prefixLength = text.length - base.length - 1;
    return prefixLength > 0 && text.endsWith(`.${base}`) && isHostName(text.slice(0, prefixLength));
  }
  return text === host;
}

/** What a wildcard may stand for in a host: at least one character, none of / ? # : */
const isHostName = (s: string): boolean => s.length > 0 && !/[/?#:]/.test(s);

/** One URL the pattern accepts, for the registry test's samples. */
export function sampleUrl(pattern: string): string {
  const m = PATTERN_RE.exec(pattern.trim());
  if (!m) return '';
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const sampleHost = host === '*' ? 'example.com' : host.replace(/^\*\./, 'app.');
  return `${scheme === '*' ? 'https' : scheme}://${sampleHost}${path.replace(/\*/g, '')}`;
}
