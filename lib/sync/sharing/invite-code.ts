import { z } from 'zod';
import { concatBytes, fromBase64Url, fromUtf8, toBase64Url, utf8 } from './bytes';

/**
 * The invite code a deputy copies from Settings and sends to the owner: their identity public key,
 * their server user name and the name they go by.
 *
 *   keyside1.<SPKI>.<user name>.<name>.<CRC-32>      (each field base64url, no padding)
 *
 * The CRC catches a code cut short or mistyped when pasted (a clear "wrong invite code" instead of
 * a share with a stranger's key); it is no defence against a forged code — the fingerprint both
 * sides compare before sharing is. Parsing is one pass per field; whitespace anywhere (a code
 * wrapped across lines in an email) is ignored.
 */

export const INVITE_PREFIX = 'keyside1';
export const MAX_INVITE_LENGTH = 2000;
const MAX_NAME = 100;
const MAX_USERNAME = 200;

/** DER header of an uncompressed P-256 public key in SPKI form (id-ecPublicKey, prime256v1). */
const P256_SPKI_HEADER = Uint8Array.from([
  0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03,
  0x01, 0x07, 0x03, 0x42, 0x00, 0x04,
]);

export interface Invite {
  /** base64url SPKI of their ECDH P-256 public key. */
  publicKey: string;
  username: string;
  name: string;
}

export type InviteProblem = 'format' | 'checksum' | 'key' | 'too-long';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): Uint8Array {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  c = (c ^ 0xffffffff) >>> 0;
  return Uint8Array.from([c >>> 24, (c >>> 16) & 0xff, (c >>> 8) & 0xff, c & 0xff]);
}

const checked = (spki: Uint8Array, username: Uint8Array, name: Uint8Array) =>
  crc32(concatBytes(spki, Uint8Array.of(0), username, Uint8Array.of(0), name));

export function formatInviteCode(invite: Invite): string {
  const spki = fromBase64Url(invite.publicKey) ?? new Uint8Array();
  const username = utf8(invite.username);
  const name = utf8(invite.name.slice(0, MAX_NAME));
  return [
    INVITE_PREFIX,
    toBase64Url(spki),
    toBase64Url(username),
    toBase64Url(name),
    toBase64Url(checked(spki, username, name)),
  ].join('.');
}

const isP256Spki = (spki: Uint8Array) => spki.length === 91 && P256_SPKI_HEADER.every((b, i) => spki[i] === b);

/** Reads an invite code; the problem says what is wrong for the message the owner sees. */
export function readInviteCode(text: string): { ok: true; invite: Invite } | { ok: false; problem: InviteProblem } {
  if (text.length > MAX_INVITE_LENGTH * 2) return { ok: false, problem: 'too-long' };
  const compact = text.replace(/\s+/g, '');
  if (compact.length > MAX_INVITE_LENGTH) return { ok: false, problem: 'too-long' };
  const parts = compact.split('.');
  if (parts.length !== 5 || parts[0] !== INVITE_PREFIX) return { ok: false, problem: 'format' };
  const [spki, username, name, crc] = parts.slice(1).map(fromBase64Url);
  if (!spki || !username || !name || !crc) return { ok: false, problem: 'format' };
  const expected = checked(spki, username, name);
  if (crc.length !== 4 || expected.some((b, i) => crc[i] !== b)) return { ok: false, problem: 'checksum' };
  if (!isP256Spki(spki)) return { ok: false, problem: 'key' };
  const usernameText = fromUtf8(username);
  const nameText = fromUtf8(name);
  if (usernameText === null || nameText === null) return { ok: false, problem: 'format' };
  const user = usernameText.trim();
  if (!user || user.length > MAX_USERNAME || nameText.length > MAX_NAME) return { ok: false, problem: 'format' };
  return { ok: true, invite: { publicKey: toBase64Url(spki), username: user, name: nameText.trim() } };
}

/** The zod schema of a pasted invite code: the Invite it holds, or an issue naming the problem. */
export const InviteCode = z.string().transform((text, ctx): Invite => {
  const read = readInviteCode(text);
  if (read.ok) return read.invite;
  ctx.addIssue({ code: 'custom', message: read.problem });
  return z.NEVER;
});
