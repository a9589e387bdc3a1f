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

const ATOM_CHAR = new RegExp(`^${ATOM}$`, 'u');
const SPACE = /^\s$/u;
// A name before "<…>" may not cross these, so a localized label before it ("To:", "Кому:")
// never becomes the name.
const NAME_STOP = new Set(['"', '<', '>', ',', ';', ':', '\n']);

const isAtom = (ch: string | undefined) => ch !== undefined && ATOM_CHAR.test(ch);
const isSpace = (ch: string | undefined) => ch !== undefined && SPACE.test(ch);

/**
 * Every address found in free text, in order, with the name written before "<…>" if any.
 * Scans outward from each "@" instead of running one regular expression over the text: a page's
 * text is outside input, and a pattern with an optional name before "<" took cubic time on a long
 * run of spaces (repository issue 10). Each character is looked at a bounded number of times.
 */
export function findAddresses(text: string | null | undefined): Address[] {
  if (!text) return [];
  const found: Address[] = [];
  // End of the previous address: nothing before it is read again.
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > from && isAtom(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && isAtom(text[end])) end++;
    // A domain never ends with a dot: "write to kam@keyside.example." ends a sentence.
    while (end > at + 1 && text[end - 1] === '.') end--;
    const email = start < at ? normaliseEmail(text.slice(start, end)) : null;
    if (!email) continue;
    let lt = start;
    while (lt > from && isSpace(text[lt - 1])) lt--;
    let gt = end;
    while (gt < text.length && isSpace(text[gt])) gt++;
    if (lt > from && text[lt - 1] === '<' && text[gt] === '>') {
      let nameStart = lt - 1;
      while (nameStart > from && !NAME_STOP.has(text[nameStart - 1] ?? '')) nameStart--;
      found.push({ email, name: cleanName(text.slice(nameStart, lt - 1), email) });
      from = gt + 1;
    } else {
      found.push({ email, name: '' });
      from = end;
    }
    at = Math.max(at, from - 1);
  }
  return found;
}
