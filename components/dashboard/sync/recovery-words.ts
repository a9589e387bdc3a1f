import { wordlist } from '@scure/bip39/wordlists/english.js';

/** A 256-bit recovery secret is 24 words of the BIP-39 English list (lib/messaging/sync-messages.ts). */
export const RECOVERY_WORD_COUNT = 24;

const known = new Set(wordlist);

export interface ParsedWords {
  /** The words as typed, lower-cased, without list numbers or punctuation. */
  words: string[];
  /** Positions (0-based) of words that are not in the list: a typo the user can fix before sending. */
  unknown: number[];
}

/**
 * Reads what the user typed or pasted: the words in order, separated by any spaces, line breaks,
 * commas or the numbers of the printed list ("1. abandon 2. ability …"). One pass over the text.
 */
export function parseRecoveryWords(text: string): ParsedWords {
  const words = text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== '');
  const unknown: number[] = [];
  words.forEach((w, i) => {
    if (!known.has(w)) unknown.push(i);
  });
  return { words, unknown };
}

/** Complete and every word known: ready to send (the worker still checks the checksum). */
export function wordsReady(p: ParsedWords): boolean {
  return p.words.length === RECOVERY_WORD_COUNT && p.unknown.length === 0;
}
