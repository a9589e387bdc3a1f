import { domainToAscii, domainToUnicode } from './punycode';
import { isPublicSuffix } from './public-suffixes';

/** Gmail ignores dots in the local part; googlemail.com is the same mailbox (old UK/DE name). */
const GMAIL = new Set(['gmail.com', 'googlemail.com']);
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
/** A domain name is at most 253 characters (RFC 1035); a longer one is not looked up. */
const MAX_DOMAIN = 253;

/** Lower-case, trim, no trailing dot, IDN labels in Unicode: one spelling per domain. */
export function normalizeDomain(raw: string): string {
  const d = raw.trim().toLowerCase().replace(/\.+$/, '');
  return d.includes('xn--') ? domainToUnicode(d) : d;
}

/**
 * An address as the page shows it, tidied for display and exact lookups: trimmed,
 * lower-cased, without "mailto:", a "?subject=" tail, %-escapes or "Name <…>" wrapping.
 * '' when there is no address (no "@" with something on both sides).
 */
export function cleanEmail(raw: string): string {
  let s = raw.trim();
  const angle = /<([^<>]*@[^<>]*)>/.exec(s);
  if (angle) s = angle[1] ?? '';
  s = s.replace(/^mailto:/i, '').replace(/[?#].*$/, '');
  // "anna@acme.example (Anna Petrova)": keep the word with the @.
  if (/\s/.test(s.trim()))
    s =
      s
        .trim()
        .split(/\s+/)
        .find((w) => w.includes('@')) ?? '';
  if (s.includes('%')) {
    try {
      s = decodeURIComponent(s);
    } catch {
      // A stray % is not an escape; keep the text as it is.
    }
  }
  s = s.trim().replace(/^["'<(]+|[">)',;.]+$/g, '');
  const at = s.lastIndexOf('@');
  if (at <= 0 || at === s.length - 1) return '';
  return `${s.slice(0, at).toLowerCase()}@${normalizeDomain(s.slice(at + 1))}`;
}

/**
 * The mailbox an address delivers to, for de-duplication and matching: cleanEmail, then
 * plus-addressing dropped (anna+news@x → anna@x) and, for Gmail only, dots dropped from the
 * local part (other providers treat a.b and ab as different people). '' when not an address.
 */
export function normalizeEmail(raw: string): string {
  const clean = cleanEmail(raw);
  if (!clean) return '';
  const at = clean.lastIndexOf('@');
  let local = clean.slice(0, at);
  let domain = clean.slice(at + 1);
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL.has(domain)) {
    local = local.replace(/\./g, '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}

/**
 * Spellings to try against stored contact e-mails, which are saved lower-cased but otherwise
 * as typed: the address as shown, without its +tag, and its canonical mailbox — so a contact
 * saved as anna.petrova@gmail.com or annapetrova@gmail.com is found from
 * Anna.Petrova+crm@gmail.com. (Saved annapetrova@, shown anna.petrova@ is found; the reverse
 * needs the database to index normalizeEmail of each stored address as well.)
 */
export function emailLookupKeys(raw: string): string[] {
  const clean = cleanEmail(raw);
  if (!clean) return [];
  const at = clean.lastIndexOf('@');
  const plus = clean.indexOf('+');
  const untagged = plus > 0 && plus < at ? clean.slice(0, plus) + clean.slice(at) : clean;
  const keys = new Set<string>();
  for (const k of [clean, untagged, normalizeEmail(raw)]) {
    const i = k.lastIndexOf('@');
    // An IDN address may be stored with its domain in either spelling.
    for (const d of domainLookupForms(k.slice(i + 1))) keys.add(k.slice(0, i + 1) + d);
  }
  return [...keys];
}

/** The domain of an address, normalised; '' when there is none. */
export function domainOf(email: string): string {
  const clean = cleanEmail(email);
  return clean ? clean.slice(clean.lastIndexOf('@') + 1) : '';
}

/**
 * The domain and its parents, most specific first, down to the registrable domain and never
 * a public suffix: 'mail.eu.acme.example' → [that, 'eu.acme.example', 'acme.example'];
 * 'x.acme.co.uk' → [that, 'acme.co.uk']; 'co.uk' → [].
 */
export function domainCandidates(domain: string): string[] {
  const d = normalizeDomain(domain).replace(/^\[|\]$/g, '');
  if (!d || d.length > MAX_DOMAIN) return [];
  if (IPV4.test(d)) return [d];
  const labels = d.split('.');
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const suffix = labels.slice(i).join('.');
    if (labels[i] === '' || isPublicSuffix(suffix)) break;
    out.push(suffix);
  }
  return out;
}

/** The forms an account may have stored a domain in: Unicode and, for IDNs, Punycode. */
export function domainLookupForms(domain: string): string[] {
  const ascii = domainToAscii(domain);
  return ascii && ascii !== domain ? [domain, ascii] : [domain];
}

/** Whether `domain` is one of `set` or a subdomain of one (set in normalizeDomain form). */
export function isWithinDomains(domain: string, set: ReadonlySet<string>): boolean {
  return domainCandidates(domain).some((c) => set.has(c));
}
