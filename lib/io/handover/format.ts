/**
 * The handover package file: a small readable JSON header (what it is, how the key is derived,
 * the cipher's nonce) and the encrypted backup as base64. The header is written in one fixed
 * key order and those exact bytes are the cipher's additional data, so changing the header
 * (fewer iterations, another salt) fails authentication just as changing the ciphertext does.
 * No client data is in the header: not even the accounts' names.
 */
import { z } from 'zod';
import { fromBase64 } from './base64';

export const HANDOVER_FORMAT = 'keyside-handover';
export const HANDOVER_VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; the issue asks for at least this. */
export const MIN_ITERATIONS = 600_000;
/** A file asking for more would keep the tab busy for minutes before failing. */
export const MAX_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
/** Packages past this size are refused before reading, as backups are (lib/io/backup-parse.ts). */
export const MAX_PACKAGE_CHARS = 210 * 1024 * 1024;

const B64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const HandoverHeader = z.object({
  format: z.literal(HANDOVER_FORMAT),
  version: z.literal(HANDOVER_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(MIN_ITERATIONS).max(MAX_ITERATIONS),
    salt: B64,
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: B64 }),
});
export type HandoverHeader = z.infer<typeof HandoverHeader>;

/** The header's bytes as written and as bound: fixed key order, no whitespace. */
export function headerText(h: HandoverHeader): string {
  return JSON.stringify({
    format: h.format,
    version: h.version,
    createdAt: h.createdAt,
    kdf: { name: h.kdf.name, hash: h.kdf.hash, iterations: h.kdf.iterations, salt: h.kdf.salt },
    cipher: { name: h.cipher.name, iv: h.cipher.iv },
  });
}

export function writePackage(header: HandoverHeader, ciphertextBase64: string): string {
  return `{"header":${headerText(header)},"ciphertext":"${ciphertextBase64}"}\n`;
}

/** Why a package could not be opened; each has its own message in the interface. */
export type OpenFailure =
  /** Not a handover package at all (another file, a backup). */
  | 'not-a-package'
  /** A newer Keyside's package. */
  | 'unsupported-version'
  /** Cut short or edited so it no longer reads: not valid JSON, bad base64, bad sizes. */
  | 'damaged'
  /** Authentication failed: a wrong passphrase, or the content was changed. */
  | 'wrong-passphrase-or-tampered'
  | 'too-large';

export interface ParsedPackage {
  header: HandoverHeader;
  salt: Uint8Array;
  iv: Uint8Array;
  ciphertext: Uint8Array;
}

/** Reads the file's structure in linear time; never throws. Decryption is lib/io/handover/seal.ts. */
export function parsePackage(text: string): { ok: true; pkg: ParsedPackage } | { ok: false; reason: OpenFailure } {
  if (text.length > MAX_PACKAGE_CHARS) return { ok: false, reason: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // A cut-off package still starts like one: tell that apart from a wrong file.
    return {
      ok: false,
      reason: text.trimStart().startsWith(`{"header":{"format":"${HANDOVER_FORMAT}"`) ? 'damaged' : 'not-a-package',
    };
  }
  const rawHeader = (raw as { header?: { format?: unknown; version?: unknown } } | null)?.header;
  if (typeof raw !== 'object' || raw === null || rawHeader?.format !== HANDOVER_FORMAT)
    return { ok: false, reason: 'not-a-package' };
  if (rawHeader.version !== HANDOVER_VERSION) return { ok: false, reason: 'unsupported-version' };
  const header = HandoverHeader.safeParse(rawHeader);
  const ct = (raw as { ciphertext?: unknown }).ciphertext;
  if (!header.success || typeof ct !== 'string') return { ok: false, reason: 'damaged' };
  const salt = fromBase64(header.data.kdf.salt);
  const iv = fromBase64(header.data.cipher.iv);
  const ciphertext = fromBase64(ct);
  // AES-GCM appends a 16-byte tag: anything shorter cannot be a package's content.
  if (salt?.length !== SALT_BYTES || iv?.length !== IV_BYTES || !ciphertext || ciphertext.length < 16)
    return { ok: false, reason: 'damaged' };
  return { ok: true, pkg: { header: header.data, salt, iv, ciphertext } };
}
