/**
 * Text made safe for the .ics export (lib/io/ics.ts). ical-generator escapes TEXT values
 * correctly, but writes UIDs as given, passes control characters through, escapes quoted
 * parameter values with backslashes (RFC 5545 has no escapes there: other parsers end the value
 * at the escaped quote, which let a contact name rewrite an attendee's address), and
 * backslash-escapes URI values. Repository issue 10 has the findings.
 */

// RFC 5545 §3.1: CONTROL = %x00-08 / %x0A-1F / %x7F; tab (%x09) is whitespace but no use in one line.
// That is U+0000–U+001F and U+007F: the Unicode control class less its C1 block U+0080–U+009F.
const CONTROLS = /(?![\u0080-\u009f])\p{Cc}/gu;
/** The same, sparing '\n'. */
const CONTROLS_BUT_LINE_FEED = /(?![\n\u0080-\u009f])\p{Cc}/gu;
const LINE_BREAKS = /\r\n?|\n/g;

/** A one-line field (summary, location): line breaks and tabs become spaces, other controls go, ends trimmed. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROLS, '').trim();
}

/** A multi-line field (description): line breaks kept as '\n', which ical-generator escapes. */
export function multiLine(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(/\t/g, ' ').replace(CONTROLS_BUT_LINE_FEED, '');
}

/**
 * A CN parameter value. ical-generator puts it between DQUOTEs, which is what RFC 5545 §3.2
 * asks; inside them a '"' cannot be represented, and a '\' is literal but ical-generator doubles
 * it, so both go. '^' is written '^^' (RFC 6868), since parsers that follow RFC 6868 (ical.js)
 * would read "^n" or "^'" as a line break or a quote.
 */
export function quotedParam(text: string): string {
  return oneLine(text).replace(/["\\]/g, '').trim().replace(/\^/g, '^^');
}

/** A URI value: ical-generator backslash-escapes , ; \ which URIs do not; percent-encoding means the same URI. */
export function uriValue(text: string): string {
  return oneLine(text).replace(/[,;\\]/g, (c) => encodeURIComponent(c));
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;

/**
 * FNV-1a 64 over the UTF-8 bytes, as 16 hex digits. A UID must be stable (re-importing an
 * updated export updates events) and safe whatever the id holds; any string id maps to hex.
 */
export function fnv1a64Hex(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * FNV_PRIME);
  }
  return hash.toString(16).padStart(16, '0');
}
