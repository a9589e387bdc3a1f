/**
 * Email addresses as webmail and CRM pages show them: "Name <a@b>", "mailto:a@b?subject=…",
 * bare addresses, lists split by "," or ";". Pure string work, shared by every adapter, so an
 * address reads the same whichever site it came from. Invalid input gives null, never throws.
 */
export interface Address {
  /** Lower-cased, without mailto: or angle brackets. */
  email: string;
  /** Display name, '' when the page gives none (or only repeats the address). */
  name: string;
}

/** The schema's limits (lib/schema/page-context.ts): longer values are not real addresses. */
const MAX_EMAIL = 320;
const MAX_NAME = 200;

// Characters that never appear unquoted in an address; Unicode letters (IDN, Cyrillic local
// parts) are allowed because the demo people and real clients use them.
const ATOM = String.raw`[^\s@<>()\[\],;:"\\]+`;
// Domain labels exclude "." so "(label.)+label" has one way to match: no runaway backtracking.
const LABEL = String.raw`[^\s@<>()\[\],;:"\\.]+`;
const DOMAIN = String.raw`(?:${LABEL}\.)+${LABEL}`;
const EMAIL_RE = new RegExp(`^${ATOM}@${DOMAIN}$`, 'u');
const MAILTO_RE = /^mailto:/i;

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** "MAILTO:Anna%40X.example?subject=Hi" -> "anna@x.example"; null when not one valid address. */
export function normaliseEmail(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  if (MAILTO_RE.test(value)) {
    value = safeDecode(value.replace(MAILTO_RE, '').split('?')[0] ?? '');
  }
  value = value.trim().replace(/^<|>$/g, '').trim().toLowerCase();
  if (value.length > MAX_EMAIL || value.includes('..')) return null;
  const domain = value.slice(value.lastIndexOf('@') + 1);
  if (domain.startsWith('.') || domain.startsWith('-')) return null;
  return EMAIL_RE.test(value) ? value : null;
}

/** Trims quotes and spaces; a "name" that is only the address again counts as no name. */
export function cleanName(raw: string | null | undefined, email = ''): string {
  if (!raw) return '';
  let name = raw.replace(/\s+/g, ' ').trim();
  name = name
    .replace(/^["'“”]+|["'“”]+$/g, '')
    .replace(/\\"/g, '"')
    .trim();
  if (!name || name.toLowerCase() === email || normaliseEmail(name)) return '';
  return name.slice(0, MAX_NAME);
}

/**
 * One address in any of the usual shapes:
 * `Name <a@b>`, `"Name" <a@b>`, `<a@b>`, `a@b`, `a@b (Name)`, `mailto:a@b`.
 */
export function parseAddress(raw: string | null | undefined): Address | null {
  if (!raw) return null;
  const text = raw.trim();
  const angle = /^(.*)<([^<>]+)>\s*$/su.exec(text);
  if (angle) {
    const email = normaliseEmail(angle[2]);
    return email ? { email, name: cleanName(angle[1], email) } : null;
  }
  const comment = /^(\S+)\s*\(([^()]*)\)\s*$/u.exec(text);
  if (comment) {
    const email = normaliseEmail(comment[1]);
    return email ? { email, name: cleanName(comment[2], email) } : null;
  }
  const email = normaliseEmail(text);
  return email ? { email, name: '' } : null;
}

/** Splits on "," and ";" outside quotes and angle brackets. */
function splitList(raw: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (const ch of raw) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '<' && !quoted) angled = true;
    else if (ch === '>' && !quoted) angled = false;
    if ((ch === ',' || ch === ';') && !quoted && !angled) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

/** "A <a@x>, b@y; mailto:c@z" -> three addresses; invalid parts are skipped. */
export function parseAddressList(raw: string | null | undefined): Address[] {
  if (!raw) return [];
  let text = raw.trim();
  // A mailto: URL lists its recipients before "?" separated by commas.
  if (MAILTO_RE.test(text)) text = safeDecode(text.replace(MAILTO_RE, '').split('?')[0] ?? '');
  return splitList(text)
    .map((part) => parseAddress(part))
    .filter((a): a is Address => a !== null);
}

// "Name <a@b>" or a bare address inside running text. The name may not cross ":" ";" ","
// or a line break, so a localized label before it ("To:", "Кому:") never becomes the name.
const IN_TEXT_RE = new RegExp(String.raw`([^"<>,;:\n]*?)\s*<\s*(${ATOM}@${DOMAIN})\s*>|(${ATOM}@${DOMAIN})`, 'gu');

/** Every address found in free text, in order, with the name written before "<…>" if any. */
export function findAddresses(text: string | null | undefined): Address[] {
  if (!text) return [];
  const found: Address[] = [];
  for (const match of text.matchAll(IN_TEXT_RE)) {
    const email = normaliseEmail(match[2] ?? match[3]);
    if (email) found.push({ email, name: match[2] ? cleanName(match[1], email) : '' });
  }
  return found;
}
