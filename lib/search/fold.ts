/**
 * Text folding for search: both the index and the query pass through `foldText`, so a user
 * who types without diacritics, capitals or the letter ё still finds what they mean.
 *
 * Decisions (docs/domain.md §8):
 * - Latin diacritics go (é→e, ä→a, å→a): users on foreign keyboards type bare letters, and a
 *   prefix search that over-matches by an accent is far kinder than one that misses.
 * - Cyrillic ё→е (Russians write е for ё almost always), but й stays й: й and и are different
 *   letters and words ("мой" / "мои"), and nobody types и for й. Belarusian ў stays too.
 * - Georgian has no case, but Unicode 11 gave it capitals (Mtavruli, U+1C90–U+1CBF) and the old
 *   Asomtavruli/Nuskhuri scripts exist in pasted text; all map to everyday Mkhedruli. We never
 *   call toUpperCase here: upper-casing Mkhedruli turns it into Mtavruli.
 * - Only the combining-diacritic blocks are stripped, not every \p{M}: Indic and other scripts
 *   spell vowels with marks, and removing those would merge unrelated words.
 *
 * Speed: the index folds ~4 MB of text on a 40k-record build, so text that is already folded
 * (ASCII, lower-case Russian without ё/й, Mkhedruli) is skipped by one regex scan, and every
 * other character is folded once and cached.
 */

/**
 * Combining marks produced by NFKD of Latin, Cyrillic and Greek letters: the five combining-mark
 * blocks, one class each (one class listing them all reads, to no-misleading-character-class,
 * like a letter followed by its accent).
 */
const DIACRITICS = /[\u0300-\u036f]|[\u1ab0-\u1aff]|[\u1dc0-\u1dff]|[\u20d0-\u20ff]|[\ufe20-\ufe2f]/g;
const HAS_COMBINING = /[\u0300-\u036f]|[\u1ab0-\u1aff]|[\u1dc0-\u1dff]|[\u20d0-\u20ff]|[\ufe20-\ufe2f]/;

/** Letters NFKD does not decompose but users type as plain Latin. */
const LATIN_EXTRA: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ς: 'σ',
};

/** Characters that fold to themselves after toLowerCase: ASCII, а–я except й, Mkhedruli. */
const NEEDS_FOLDING = /[^\p{ASCII}\u0430-\u0438\u043a-\u044f\u10d0-\u10ff]/gu;

/** Already-composed й/ў keep their breve; NFKD would split them into и/у + U+0306. */
const KEEPS_BREVE: Record<string, string> = { й: 'й', ў: 'ў' };

const cache = new Map<string, string>();

function georgian(cp: number): string | undefined {
  // Mtavruli U+1C90.., Nuskhuri U+2D00.. and Asomtavruli U+10A0.. run parallel to Mkhedruli
  // U+10D0.., letter for letter (checked against the Unicode names).
  if (cp >= 0x1c90 && cp <= 0x1cbf) return String.fromCodePoint(cp - 0xbc0);
  if (cp >= 0x2d00 && cp <= 0x2d2d) return String.fromCodePoint(cp - 0x1c30);
  if (cp >= 0x10a0 && cp <= 0x10cd) return String.fromCodePoint(cp + 0x30);
  return undefined;
}

function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out === undefined) {
    out =
      KEEPS_BREVE[ch] ??
      LATIN_EXTRA[ch] ??
      georgian(ch.codePointAt(0) ?? 0) ??
      // NFKD compatibility forms can yield capitals (ℌ→H, Ⓐ→A): lower-case once more.
      ch.normalize('NFKD').replace(DIACRITICS, '').toLowerCase();
    // Folding twice must change nothing (e.g. ẞ→ß→ss): settle on the fixed point now.
    if (out !== ch && out.length > 0) out = out.replace(NEEDS_FOLDING, foldChar);
    cache.set(ch, out);
  }
  return out;
}

/** Fold a string for search comparison: lower-case, no diacritics, one Georgian alphabet. */
export function foldText(s: string): string {
  // Lower-case first: 'İ'.toLowerCase() is 'i' + U+0307, which the diacritic strip then removes.
  let t = s.toLowerCase();
  // Text typed decomposed (и + U+0306, e + U+0301): compose so й is one character again.
  if (HAS_COMBINING.test(t)) t = t.normalize('NFC');
  return t.replace(NEEDS_FOLDING, foldChar);
}
