import { entropyToMnemonic, mnemonicToEntropy } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';

/**
 * The recovery secret and the keys derived from it (SECURITY.md, sync). 256 random bits, shown
 * once as 24 words of the BIP-39 English list (its last word carries a checksum, so a mistyped
 * word is caught before any request). HKDF-SHA-256 expands it into the space key (AES-GCM),
 * the document-id key (HMAC-SHA-256) and the space id that binds ciphertexts to this space.
 * Web Crypto only; the keys are not extractable.
 */
export interface SpaceKeys {
  /** Hex, not secret: bound into every ciphertext's additional data. */
  spaceId: string;
  /** Bumped when a key is rotated (sharing); bound into the additional data too. */
  keyVersion: number;
  aes: CryptoKey;
  hmac: CryptoKey;
}

export class BadRecoveryWords extends Error {
  constructor() {
    super('These are not the 24 recovery words of a Keyside recovery secret.');
  }
}

export function newRecoverySecret(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}

export const wordsOf = (secret: Uint8Array): string[] => entropyToMnemonic(secret, wordlist).split(' ');

/** The secret the words spell; BadRecoveryWords for an unknown word, a wrong count or checksum. */
export function secretOf(words: readonly string[]): Uint8Array {
  const normalised = words.map((w) => w.trim().toLowerCase()).filter(Boolean);
  if (normalised.length !== 24) throw new BadRecoveryWords();
  try {
    return mnemonicToEntropy(normalised.join(' '), wordlist);
  } catch {
    throw new BadRecoveryWords();
  }
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const hex = (b: ArrayBuffer) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');

export async function deriveSpaceKeys(secret: Uint8Array, keyVersion = 1): Promise<SpaceKeys> {
  const ikm = await crypto.subtle.importKey('raw', secret as Uint8Array<ArrayBuffer>, 'HKDF', false, ['deriveKey', 'deriveBits']);
  const params = (info: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: utf8('keyside-sync'),
    info: utf8(`${info}/v${keyVersion}`),
  });
  const aes = await crypto.subtle.deriveKey(params('space-key'), ikm, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const hmac = await crypto.subtle.deriveKey(params('doc-id'), ikm, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, [
    'sign',
  ]);
  const spaceId = hex(await crypto.subtle.deriveBits(params('space-id'), ikm, 128));
  return { spaceId, keyVersion, aes, hmac };
}
