import { foldText } from './fold';

/** Runs of letters and digits: a name's words, whatever separates them ("Petrova, Anna", "Anna-Maria"). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** A person's name as folded words (fold.ts: case, accents, ё, Georgian alphabets), in the order written. */
export function nameWords(name: string): string[] {
  return foldText(name).match(WORD) ?? [];
}

/**
 * One spelling per name, whatever the word order: Outlook writes "Petrova, Anna" where the
 * dossier says "Anna Petrova". Used to remember a confirmed name (lib/db/repos/name-confirmations.ts).
 */
export function nameKey(name: string): string {
  return [...new Set(nameWords(name))].sort().join(' ');
}

/**
 * Whether two names may be the same person: every word of one is a word of the other, so
 * "Anna Petrova" offers "Anna S. Petrova" and a bare "Anna" offers every Anna. Only ever used to
 * offer candidates the user confirms (components/panel/NameOnlySender.tsx), never to match silently.
 */
export function namesMayMatch(a: string, b: string): boolean {
  const wa = new Set(nameWords(a));
  const wb = new Set(nameWords(b));
  if (wa.size === 0 || wb.size === 0) return false;
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  return [...small].every((w) => large.has(w));
}
