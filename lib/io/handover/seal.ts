/**
 * Encrypting and opening a handover package with Web Crypto: AES-256-GCM under a key derived
 * from the passphrase by PBKDF2-HMAC-SHA-256 with a random salt, a random 96-bit nonce per
 * package, and the header bound as additional data (lib/io/handover/format.ts). The passphrase
 * is NFC-normalised: the same words typed on another system give the same key.
 */
import { toBase64 } from './base64';
import {
  HANDOVER_FORMAT,
  HANDOVER_VERSION,
  headerText,
  IV_BYTES,
  MIN_ITERATIONS,
  parsePackage,
  SALT_BYTES,
  writePackage,
  type HandoverHeader,
  type OpenFailure,
  type ParsedPackage,
} from './format';

const enc = new TextEncoder();

/** Web Crypto wants ArrayBuffer-backed views; a copy guarantees that whatever the source. */
const buf = (b: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(b);

export async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', enc.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export interface SealOptions {
  iterations?: number;
  now?: Date;
}

/** The package file's text for `plaintext` (a backup's JSON). */
export async function sealHandover(plaintext: string, passphrase: string, opts: SealOptions = {}): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header: HandoverHeader = {
    format: HANDOVER_FORMAT,
    version: HANDOVER_VERSION,
    createdAt: (opts.now ?? new Date()).toISOString(),
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: opts.iterations ?? MIN_ITERATIONS, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  };
  const key = await deriveKey(passphrase, salt, header.kdf.iterations);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: enc.encode(headerText(header)) },
    key,
    enc.encode(plaintext),
  );
  return writePackage(header, toBase64(new Uint8Array(sealed)));
}

export type OpenResult = { ok: true; plaintext: string; header: HandoverHeader } | { ok: false; reason: OpenFailure };

/** Decrypts a parsed package with a key; authentication failure of any kind is one answer. */
export async function openWithKey(pkg: ParsedPackage, key: CryptoKey): Promise<OpenResult> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: buf(pkg.iv), additionalData: enc.encode(headerText(pkg.header)) },
      key,
      buf(pkg.ciphertext),
    );
    return { ok: true, plaintext: new TextDecoder('utf-8', { fatal: true }).decode(plain), header: pkg.header };
  } catch {
    return { ok: false, reason: 'wrong-passphrase-or-tampered' };
  }
}

/** Opens a package file's text with the passphrase; never throws. */
export async function openHandover(text: string, passphrase: string): Promise<OpenResult> {
  const parsed = parsePackage(text);
  if (!parsed.ok) return parsed;
  const { pkg } = parsed;
  const key = await deriveKey(passphrase, pkg.salt, pkg.header.kdf.iterations);
  return openWithKey(pkg, key);
}
