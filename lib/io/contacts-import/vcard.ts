/**
 * vCard files (.vcf) into a table: one row per card, several cards per file, vCard 3 and 4
 * through ical.js. Cards are cut apart first so that one broken card is reported by its line
 * and the others still read. Two vCard 2.1 habits ical.js does not read are rewritten per line
 * first: bare parameters (`TEL;WORK;VOICE:`) and quoted-printable values with a charset.
 */
import ICAL from 'ical.js';
import type { ParsedTable, SourceProblem } from './table';

/** Columns of a vCard table; lib/io/contacts-import/contact-fields.ts maps them automatically. */
export const VCARD_HEADERS = ['FN', 'N (given)', 'N (family)', 'EMAIL', 'TEL', 'ORG', 'TITLE', 'URL'] as const;

/** Joins the values of a repeated property in one cell; contact-row.ts splits them again. */
export const MULTI_VALUE_JOIN = '; ';

/** Most properties on one card we read; real cards have a few dozen (a photo is one long line). */
const MAX_PROPERTIES = 500;

interface Card {
  line: number;
  text: string;
}

/** Cuts the file into BEGIN:VCARD … END:VCARD blocks (one pass over the lines). */
export function splitCards(text: string): Card[] {
  const cards: Card[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  let start = -1;
  let body: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      start = i;
      body = [line.trim()];
    } else if (start >= 0) {
      body.push(line);
      if (upper === 'END:VCARD') {
        cards.push({ line: start + 1, text: rewrite21(body).join('\r\n') });
        start = -1;
      }
    }
  }
  return cards;
}

/** Rewrites vCard 2.1 lines into what ical.js reads: joined soft line breaks, named parameters. */
function rewrite21(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    const colon = line.indexOf(':');
    const head = colon < 0 ? line : line.slice(0, colon);
    if (/QUOTED-PRINTABLE/i.test(head)) {
      // A quoted-printable value continues after a line ending in "=" (a soft line break).
      while (line.endsWith('=') && i + 1 < lines.length) line = line.slice(0, -1) + (lines[++i] ?? '');
    }
    out.push(colon < 0 || /^[ \t]/.test(line) ? line : namedParameters(head) + line.slice(colon));
  }
  return out;
}

function namedParameters(head: string): string {
  const [name, ...params] = head.split(';');
  if (params.length === 0 || params.some((p) => p.includes('"'))) return head;
  const named = params.map((p) => {
    if (p.includes('=')) return p;
    return /^(QUOTED-PRINTABLE|BASE64|8BIT|7BIT)$/i.test(p) ? `ENCODING=${p}` : `TYPE=${p}`;
  });
  return [name, ...named].join(';');
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      const code = value.charCodeAt(i);
      if (code < 0x80) bytes.push(code);
      else bytes.push(...new TextEncoder().encode(value[i]));
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset || 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(new Uint8Array(bytes));
}

/** A property value as text: ical.js gives strings, arrays of them for structured values. */
function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(plain).join(' ');
  return typeof value === 'number' ? String(value) : '';
}

function textOf(prop: ICAL.Property, value: unknown): string {
  const text = plain(value);
  const encoding = prop.getParameter('encoding');
  if (typeof encoding === 'string' && encoding.toUpperCase() === 'QUOTED-PRINTABLE') {
    const charset = prop.getParameter('charset');
    return decodeQuotedPrintable(text, typeof charset === 'string' ? charset : 'utf-8').trim();
  }
  return text.trim();
}

function structured(prop: ICAL.Property | null, index: number): string {
  if (!prop) return '';
  const value: unknown = prop.getFirstValue();
  const parts: unknown[] = Array.isArray(value) ? value : plain(value).split(';');
  return textOf(prop, parts[index]);
}

function all(card: ICAL.Component, name: string): string {
  return card
    .getAllProperties(name)
    .map((p) =>
      textOf(p, p.getFirstValue())
        .replace(/^tel:/i, '')
        .replace(/^mailto:/i, ''),
    )
    .filter(Boolean)
    .join(MULTI_VALUE_JOIN);
}

function rowOf(card: ICAL.Component): string[] {
  const first = (name: string) => {
    const p = card.getFirstProperty(name);
    return p ? textOf(p, p.getFirstValue()) : '';
  };
  const n = card.getFirstProperty('n');
  return [
    first('fn'),
    structured(n, 1),
    structured(n, 0),
    all(card, 'email'),
    all(card, 'tel'),
    structured(card.getFirstProperty('org'), 0),
    first('title'),
    first('url'),
  ];
}

/** Reads every card of a .vcf text; a card ical.js cannot read is listed by its first line. */
export function parseVcards(text: string): { table: ParsedTable; problems: SourceProblem[] } {
  const table: ParsedTable = { headers: [...VCARD_HEADERS], rows: [], lines: [] };
  const problems: SourceProblem[] = [];
  for (const card of splitCards(text)) {
    try {
      const parsed: unknown = ICAL.parse(card.text);
      const jcard = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed;
      const component = new ICAL.Component(jcard as unknown[]);
      if (component.name !== 'vcard') throw new Error('not a vCard');
      if (component.getAllProperties().length > MAX_PROPERTIES) throw new Error('too many properties');
      table.rows.push(rowOf(component));
      table.lines.push(card.line);
    } catch (e) {
      problems.push({ line: card.line, key: 'contactsImportBadCard', params: [e instanceof Error ? e.message : String(e)] });
    }
  }
  return { table, problems };
}
