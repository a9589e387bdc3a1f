import { blockText, cutFrom, queryAll, without } from './dom';

/**
 * The sender's signature as plain text, to prefill a new dossier. Sites mark it differently
 * (Gmail `.gmail_signature`, Roundcube `span.sig`, Outlook `#Signature`); plain-text mail uses
 * the "-- " delimiter line (RFC 3676), which no locale changes.
 */

const MAX_LINES = 12;
const MAX_CHARS = 2000;
const DELIMITER = /^--\s?$/;

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .slice(0, MAX_LINES)
    .join('\n')
    .trim()
    .slice(0, MAX_CHARS);
}

/**
 * Lines after the last "-- " delimiter. Many people sign without one: then the closing block —
 * the last paragraph, when it is 2–8 short lines (name, title, company, phone) — stands in.
 */
export function signatureFromText(text: string): string {
  const lines = text.split('\n');
  const delimiter = lines.findLastIndex((line) => DELIMITER.test(line.trim()));
  if (delimiter >= 0) return tidy(lines.slice(delimiter + 1).join('\n'));
  const paragraphs = text.trim().split(/\n\s*\n/);
  const last = (paragraphs[paragraphs.length - 1] ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const looksLikeSignature = paragraphs.length > 1 && last.length >= 2 && last.length <= 8 && last.every((l) => l.length <= 80);
  return looksLikeSignature ? tidy(last.join('\n')) : '';
}

/**
 * Signature of one message body: the site's marked block outside quoted history first, else the
 * delimiter in the body's own text (quotes removed, so an older message's signature is not taken).
 * `quoteStart` marks where quoted history begins when it is not wrapped (Outlook replies).
 */
export function signatureOf(
  body: Element | null | undefined,
  marked: readonly string[],
  quotes: readonly string[],
  quoteStart: readonly string[] = [],
): string {
  if (!body) return '';
  const own = without(body, quotes);
  cutFrom(own, quoteStart);
  const block = queryAll(own, marked)[0];
  if (block) {
    const text = blockText(block).replace(/^--\s*\n/, '');
    return tidy(text);
  }
  return signatureFromText(blockText(own));
}
