/**
 * A hint, not a rule, about how guessable a passphrase is. The package may leave the user's
 * hands (mail, a USB stick) and PBKDF2 only slows guessing down: length matters most, so the
 * hint steers towards several words rather than symbols.
 */
export type Strength = 'too-short' | 'weak' | 'fair' | 'strong';

export const MIN_PASSPHRASE_CHARS = 10;

export function passphraseStrength(passphrase: string): Strength {
  const text = passphrase.normalize('NFC');
  // Characters as the user sees them: an accented letter typed as two code points is one.
  const chars = Array.from(new Intl.Segmenter().segment(text), (s) => s.segment);
  if (chars.length < MIN_PASSPHRASE_CHARS) return 'too-short';
  // "aaaaaaaaaaaa" or "abababababab" is long but has almost nothing to guess.
  if (new Set(chars).size < 6) return 'weak';
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((r) => r.test(text)).length;
  const words = text.trim().split(/\s+/).length;
  if (chars.length >= 20 || (words >= 4 && chars.length >= 16) || (chars.length >= 14 && classes >= 3)) return 'strong';
  if (chars.length >= 14 || classes >= 3) return 'fair';
  return 'weak';
}
