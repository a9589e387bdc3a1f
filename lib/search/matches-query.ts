import { queryTokens, tokenize } from './tokenize';

/**
 * The index's rule for a short list filtered in the UI (a contact list, a tag picker): every
 * query word must prefix-match a word of the text. An empty query matches everything, so an
 * empty filter box shows the whole list.
 */
export function matchesQuery(text: string | readonly string[], q: string): boolean {
  const wanted = queryTokens(q);
  if (wanted.length === 0) return true;
  const have = typeof text === 'string' ? tokenize(text) : text.flatMap(tokenize);
  return wanted.every((w) => have.some((t) => t.startsWith(w)));
}
