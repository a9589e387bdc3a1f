import * as chars from './char-class';
import { foldText } from './fold';

// Local copies of the scanner's per-character imports: module-namespace reads in a loop over
// every character cost a measurable share of a build in the Vite/Vitest module runner.
const { classAt, CONNECTOR, WORD } = chars;

/**
 * Tokens for the search index and for queries. Both sides fold first (fold.ts), then cut the
 * text into chunks: runs of letters/digits/marks, joined by connectors that belong inside a word
 * or an address (hyphen, apostrophe, dot, @, +, _, &) — a connector counts only between two
 * word characters, so "crm-" and "-ის" lose their hyphen.
 *
 * Why several tokens per chunk: a user looking for "CRM-ის" may type "crm", "ის", "crm-ის" or
 * "crmის"; indexing the parts and the joined form lets each of those prefix-match. Addresses
 * and domains keep their dotted forms so "anna@acme" and "acme.ex" find them.
 */

export type TokenSink = (token: string) => void;

/** Word characters as char-class.ts counts them: ʼ (U+02BC) is an apostrophe there, not a letter. */
const PART = /(?:(?!\u02bc)[\p{L}\p{N}\p{M}])+/gu;
/** Chunks with these keep their verbatim form: addresses, domains, "s.a.", "anna+news". */
const KEEPS_WHOLE = /[.@+]/;
const EMAIL = /^([^@]+)@([^@]+\.[^@]+)$/;
/** "acme.example", "co.uk": dotted labels of two or more characters (unlike "s.a." or "т.е."). */
const DOMAIN = /^[^.@]{2,}(?:\.[^.@]{2,})+$/;

/**
 * Visit each chunk of folded text with the offsets of its parts. Hand-rolled rather than a
 * regex: plain words are nearly all the text, and this way they cost no match arrays.
 */
function scan(s: string, visit: (start: number, end: number, parts: number[], special: boolean) => void): void {
  const n = s.length;
  const parts: number[] = [];
  let i = 0;
  while (i < n) {
    while (i < n && classAt(s, i) !== WORD) i++;
    if (i >= n) return;
    const start = i;
    parts.length = 0;
    let special = false;
    for (;;) {
      const ps = i;
      while (i < n && classAt(s, i) === WORD) i += s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff ? 2 : 1;
      parts.push(ps, i);
      if (i + 1 < n && classAt(s, i) === CONNECTOR && classAt(s, i + 1) === WORD) {
        const c = s.charCodeAt(i);
        special ||= c === 0x2e || c === 0x40 || c === 0x2b; // . @ +
        i++;
        continue;
      }
      break;
    }
    visit(start, i, parts, special);
  }
}

/** Parts, the joined form of a multi-part chunk, and the verbatim chunk when it has . @ or +. */
function emitChunk(chunk: string, emit: TokenSink): void {
  const parts = chunk.match(PART) ?? [];
  for (const p of parts) emit(p);
  if (parts.length > 1) emit(parts.join(''));
  if (KEEPS_WHOLE.test(chunk)) emit(chunk);
}

/** Labels, and every dotted suffix down to two labels: "mail.acme.example" → "acme.example". */
function emitDomain(domain: string, emit: TokenSink): void {
  const labels = domain.split('.');
  for (const l of labels) emitChunk(l, emit);
  for (let i = 0; i <= labels.length - 2; i++) emit(labels.slice(i).join('.'));
}

/** Addresses, domains and dotted abbreviations: rare, so plain regexes are fine here. */
function emitSpecial(chunk: string, emit: TokenSink): void {
  const email = EMAIL.exec(chunk);
  if (email) {
    emit(chunk);
    emitChunk(email[1] ?? '', emit);
    emitDomain(email[2] ?? '', emit);
  } else if (DOMAIN.test(chunk)) emitDomain(chunk, emit);
  else emitChunk(chunk, emit);
}

/** Index tokens of a text, folded, possibly repeated; the index's allocation-light path. */
export function eachToken(s: string, emit: TokenSink): void {
  const f = foldText(s);
  scan(f, (start, end, parts, special) => {
    if (special) {
      emitSpecial(f.slice(start, end), emit);
      return;
    }
    if (parts.length === 2) {
      emit(f.slice(start, end));
      return;
    }
    let joined = '';
    for (let k = 0; k < parts.length; k += 2) {
      const p = f.slice(parts[k], parts[k + 1]);
      emit(p);
      joined += p;
    }
    emit(joined);
  });
}

/** Index tokens of a text, folded and de-duplicated, in first-seen order. */
export function tokenize(s: string): string[] {
  const out = new Set<string>();
  eachToken(s, (t) => out.add(t));
  return [...out];
}

/**
 * Query tokens: one per chunk, so every word the user typed must match (AND). A chunk with a
 * dot, @ or + stays verbatim (it prefix-matches an indexed address or domain); any other
 * multi-part chunk is joined ("crm-ის" → "crmის"), which prefix-matches the joined index form.
 */
export function queryTokens(q: string): string[] {
  const f = foldText(q);
  const out = new Set<string>();
  scan(f, (start, end, parts, special) => {
    if (special) return void out.add(f.slice(start, end));
    let joined = '';
    for (let k = 0; k < parts.length; k += 2) joined += f.slice(parts[k], parts[k + 1]);
    out.add(joined);
  });
  return [...out];
}
