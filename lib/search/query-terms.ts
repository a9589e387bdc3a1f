import { queryTokens } from './tokenize';
import { latinWord } from './translit';

/** More words than this add nothing to a search box but cost one index lookup each. */
const MAX_WORDS = 8;

/**
 * A typed query as the index looks it up: folded words (every one must match, as a prefix of
 * some token), and with `acrossScripts` the Latin spelling each word is also looked up by.
 * For a Latin word that spelling is the word itself (it meets the Latin form of non-Latin names).
 */
export interface QueryTerms {
  words: string[];
  latin: (string | undefined)[];
}

export function queryTerms(q: string, acrossScripts: boolean): QueryTerms {
  const words = queryTokens(q.length > 1000 ? q.slice(0, 1000) : q).slice(0, MAX_WORDS);
  return { words, latin: words.map((w) => (acrossScripts ? (latinWord(w) ?? w) : undefined)) };
}
