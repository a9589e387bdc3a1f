import { foldText } from './fold';
import type { QueryTerms } from './query-terms';
import { latinWord } from './translit';

/** Runs of letters, digits and marks: the words a user sees (tokenize.ts folds before cutting the same way). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The start and end (exclusive) of a highlighted word in the original text. */
export type Range = readonly [number, number];

/**
 * Where `text` shows a word the query matched: every word that one of the query's words is a
 * prefix of, compared folded (and, with the query's Latin spellings, across scripts). One pass
 * over the text; the words are highlighted whole, as the index matched them whole.
 */
export function matchRanges(text: string, terms: QueryTerms): Range[] {
  const { words, latin } = terms;
  if (words.length === 0) return [];
  const latins = latin.filter((l): l is string => l !== undefined);
  const out: Range[] = [];
  for (const m of text.matchAll(WORD)) {
    const f = foldText(m[0]);
    let hit = words.some((w) => f.startsWith(w) || (w.length > f.length && w.startsWith(f) && joinedMatch(text, m.index, w)));
    if (!hit && latins.length > 0) {
      const l = latinWord(f) ?? f;
      hit = latins.some((w) => l.startsWith(w));
    }
    if (hit) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** A query word that spans a joiner ("crmის" for "CRM-ის", "anna@acme"): the text from here, folded, starts with it. */
function joinedMatch(text: string, at: number, w: string): boolean {
  const tail = foldText(text.slice(at, at + w.length * 2 + 4)).replace(/[-'’ʼ‐‑_&]/g, '');
  return tail.startsWith(w) || foldText(text.slice(at, at + w.length + 4)).startsWith(w);
}

/**
 * At most `max` characters of `text` around its first highlighted word, with "…" where cut:
 * a history entry's hit shows the words that matched, not only its first line.
 */
export function snippet(text: string, terms: QueryTerms, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const first = matchRanges(flat.slice(0, 20_000), terms)[0];
  const from = first ? Math.max(0, Math.min(first[0] - 40, flat.length - max)) : 0;
  let start = from;
  // Start at a word boundary when cutting into the middle.
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    if (space > 0 && space < start + 20) start = space + 1;
  }
  const end = Math.min(flat.length, start + max);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
