/**
 * WebExtension match patterns (`https://crm.example.com/*`, `*://*.example.org/app/*`,
 * `http://127.0.0.1:8000/*`), as the user writes them in a site rule (lib/schema/site-rule.ts).
 * Same meaning as the browser gives them, so a rule that matches here is one the browser injects
 * into: `*` scheme = http or https; `*.host` = host and its subdomains; no port = any port;
 * the path glob covers path and query; the fragment is ignored.
 */

const PATTERN_RE = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/;
const NEVER = /(?!)/;

const escape = (s: string): string => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A RegExp that tests a full URL string (href) against the pattern; never matches if invalid. */
export function matchPatternToRegExp(pattern: string): RegExp {
  const m = PATTERN_RE.exec(pattern.trim());
  if (!m) return NEVER;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const schemeRe = scheme === '*' ? 'https?' : escape(scheme);
  const hostLower = host.toLowerCase();
  let hostRe: string;
  if (hostLower === '*') hostRe = '[^/?#:]+';
  else if (hostLower.startsWith('*.')) hostRe = `(?:[^/?#:]+\\.)?${escape(hostLower.slice(2))}`;
  else hostRe = escape(hostLower);
  // A pattern that names a port must match it; one without matches any port.
  const portRe = hostLower.includes(':') ? '' : '(?::\\d+)?';
  const pathRe = escape(path).replace(/\*/g, '.*');
  return new RegExp(`^${schemeRe}://${hostRe}${portRe}${pathRe}(?:#.*)?$`);
}

export function matchesPattern(pattern: string, url: URL): boolean {
  return matchPatternToRegExp(pattern).test(url.href);
}

/** One URL the pattern accepts, for the registry test's samples. */
export function sampleUrl(pattern: string): string {
  const m = PATTERN_RE.exec(pattern.trim());
  if (!m) return '';
  const scheme = m[1] === '*' ? 'https' : m[1];
  const host = m[2] === '*' ? 'example.com' : m[2]!.replace(/^\*\./, 'app.');
  return `${scheme}://${host}${m[3]!.replace(/\*/g, '')}`;
}
