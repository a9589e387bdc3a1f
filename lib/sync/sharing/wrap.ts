import { concatBytes, fromBase64Url, fromUtf8, randomBytes, toBase64Url, utf8 } from './bytes';
import { importPublicKey } from './identity';

/**
 * Wrapping a shared space's key for one member: ECDH between the owner's identity private key and
 * the member's public key, HKDF-SHA-256 with a fresh salt into an AES-GCM key, which encrypts the
 * 32 raw bytes of the space key. The additional data binds the space, the key version and both
 * public keys, so a wrap cannot be moved to another space, version or member. Because the owner's
 * static key takes part, a member who unwraps also learns that the wrap came from that owner (whose
 * fingerprint they can compare), not from another member or the server. The account's id rides
 * along inside the ciphertext, so a deputy's device knows which dossier the space holds without
 * the server learning it.
 */

export interface KeyWrap {
  /** Key version of the wrapped space key. */
  kv: number;
  salt: string;
  iv: string;
  ct: string;
}

export interface WrapContext {
  spaceId: string;
  kv: number;
  ownerSpki: string;
  memberSpki: string;
}

const info = (c: WrapContext) => utf8(`keyside:space-key-wrap:v1|${c.spaceId}|${c.kv}`);
const additionalData = (c: WrapContext) => concatBytes(info(c), utf8(`|${c.ownerSpki}|${c.memberSpki}`));

async function wrappingKey(myPrivate: CryptoKey, theirPublic: CryptoKey, salt: Uint8Array<ArrayBuffer>, c: WrapContext) {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: theirPublic }, myPrivate, 256);
  const ikm = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: info(c) },
    ikm,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export class WrapError extends Error {
  override name = 'WrapError';
}

export interface Wrapped {
  /** The space key: 32 raw bytes. */
  key: Uint8Array<ArrayBuffer>;
  accountId: string;
}

/** Wraps a space key and its account id for the member in `c` with the owner's private key. */
export async function wrapSpaceKey(payload: Wrapped, ownerPrivate: CryptoKey, c: WrapContext): Promise<KeyWrap> {
  if (payload.key.length !== 32) throw new WrapError('A space key has 32 bytes.');
  const memberPublic = await importPublicKey(c.memberSpki);
  if (!memberPublic) throw new WrapError('The member’s public key is not a P-256 key.');
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await wrappingKey(ownerPrivate, memberPublic, salt, c);
  const plain = concatBytes(payload.key, utf8(payload.accountId));
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: additionalData(c) }, key, plain);
  return { kv: c.kv, salt: toBase64Url(salt), iv: toBase64Url(iv), ct: toBase64Url(new Uint8Array(ct)) };
}

/**
 * Unwraps with the member's private key and the owner's public key; throws WrapError when the wrap
 * was not made for this member by this owner, or was altered.
 */
export async function unwrapSpaceKey(wrap: KeyWrap, memberPrivate: CryptoKey, c: Omit<WrapContext, 'kv'>): Promise<Wrapped> {
  const ctx = { ...c, kv: wrap.kv };
  const ownerPublic = await importPublicKey(c.ownerSpki);
  const salt = fromBase64Url(wrap.salt);
  const iv = fromBase64Url(wrap.iv);
  const ct = fromBase64Url(wrap.ct);
  if (!ownerPublic || !salt || !iv || !ct || iv.length !== 12) throw new WrapError('The key wrap is damaged.');
  const key = await wrappingKey(memberPrivate, ownerPublic, salt, ctx);
  let plain: Uint8Array<ArrayBuffer>;
  try {
    plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: additionalData(ctx) }, key, ct));
  } catch {
    throw new WrapError('This key wrap was not made for this identity.');
  }
  const accountId = fromUtf8(plain.subarray(32));
  if (plain.length < 32 || accountId === null) throw new WrapError('The wrapped key is damaged.');
  return { key: plain.slice(0, 32), accountId };
}

/** A fresh 256-bit space key (raw bytes; lib/sync imports it for documents and ids). */
export const newSpaceKey = (): Uint8Array<ArrayBuffer> => randomBytes(32);
