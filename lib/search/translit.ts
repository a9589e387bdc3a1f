import transliterate from '@sindresorhus/transliterate';
import { foldText } from './fold';

/** Folded words that need no Latin spelling: ASCII only (fold.ts has already removed Latin accents). */
const LATIN = /^[\p{ASCII}]*$/u;
/** What is left of a romanised word besides letters and digits ("k'ap'anadze", "igor'"). */
const NOT_WORD = /[^a-z0-9]+/g;

/**
 * The Latin spelling of a folded word written in another script ("петрова" → "petrova",
 * "ნინო" → "nino"), or undefined when the word is Latin already or has no Latin form.
 *
 * Both sides of a cross-script match go through this one function: the index stores the Latin
 * spelling of every non-Latin name word (search-doc.ts), and a query word is looked up by its
 * own Latin spelling. So "Petrova" finds "Петрова", "Петрова" finds "Petrova", and "Нино" finds
 * "ნინო", without a table per pair of scripts. @sindresorhus/transliterate covers Russian and
 * the other Cyrillic alphabets as well as Georgian, in the spellings people use for names.
 */
export function latinWord(word: string): string | undefined {
  if (LATIN.test(word)) return undefined;
  const latin = foldText(transliterate(word)).replace(NOT_WORD, '');
  return latin.length > 0 && latin !== word ? latin : undefined;
}
